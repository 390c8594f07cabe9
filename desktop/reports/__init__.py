"""Reports: the monthly form II.06a, its indicators, the register (form 07), and exports."""
