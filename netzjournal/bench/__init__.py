"""Everything ``netzjournal bench`` measures, in one place.

* ``figures``: the entry point (``run_bench``) and the store and interchange figures;
* ``ui_figures``: the interface timings (offscreen Qt, subprocesses for cold start);
* ``startup_probe``: the paint probe the cold-start subprocess runs (``--exit-after-paint``);
* ``import_shapes``: ``--import-shapes``, 20 MB files of every shape, each in a fresh process;
* ``sync_figures``: ``--sync``, a first contacts sync against a local Radicale.

Not part of the test run: timings belong in notes, not in assertions.
"""
