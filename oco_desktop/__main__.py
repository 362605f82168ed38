from oco_desktop.cli import main

raise SystemExit(main())
