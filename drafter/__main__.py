from drafter.cli.main import main

main()
