"""Services, records and rules of the station's ledgers. No Qt here."""
