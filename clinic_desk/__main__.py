from clinic_desk.cli import main

raise SystemExit(main())
