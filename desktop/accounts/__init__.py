"""Officers' accounts, roles and what each role may do (enforced in the services)."""
