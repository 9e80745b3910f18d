;; The WASI preview 1 command that examples/WasiHost runs: prints its arguments after argv[0] and its
;; environment, one per line, then the file greeting.txt of its first preopened directory (fd 3), and
;; ends through proc_exit: with 0, or with the errno of the call that failed.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_open"
    (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get" (func $environ_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  ;; 0: count, 4: buffer size, 8: iovec, 16: bytes written/read, 20: opened fd, 32: a newline;
  ;; 64: labels and the file name; 1024: string pointers; 4096: strings; 8192: file buffer (4 KiB).
  (data (i32.const 32) "\n")
  (data (i32.const 64) "arg: ")
  (data (i32.const 72) "env: ")
  (data (i32.const 80) "greeting.txt")

  ;; Writes the bytes [ptr, ptr + len) to stdout.
  (func $write (param $ptr i32) (param $len i32)
    (i32.store (i32.const 8) (local.get $ptr))
    (i32.store (i32.const 12) (local.get $len))
    (call $check (call $fd_write (i32.const 1) (i32.const 8) (i32.const 1) (i32.const 16))))

  ;; Ends the program with the errno when a WASI call failed.
  (func $check (param $errno i32)
    (if (local.get $errno) (then (call $proc_exit (local.get $errno)))))

  (func $strlen (param $p i32) (result i32) (local $n i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (i32.load8_u (i32.add (local.get $p) (local.get $n)))))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (br $next)))
    (local.get $n))

  ;; Prints the strings first .. count-1 of the pointer list at 1024, each after a 5-byte label.
  (func $print_list (param $first i32) (param $label i32) (local $i i32) (local $s i32)
    (local.set $i (local.get $first))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (i32.load (i32.const 0))))
        (call $write (local.get $label) (i32.const 5))
        (local.set $s (i32.load (i32.add (i32.const 1024) (i32.shl (local.get $i) (i32.const 2)))))
        (call $write (local.get $s) (call $strlen (local.get $s)))
        (call $write (i32.const 32) (i32.const 1))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next))))

  (func (export "_start") (local $fd i32)
    ;; argv[0] is the program name: skip it.
    (call $check (call $args_sizes_get (i32.const 0) (i32.const 4)))
    (call $check (call $args_get (i32.const 1024) (i32.const 4096)))
    (call $print_list (i32.const 1) (i32.const 64))
    (call $check (call $environ_sizes_get (i32.const 0) (i32.const 4)))
    (call $check (call $environ_get (i32.const 1024) (i32.const 4096)))
    (call $print_list (i32.const 0) (i32.const 72))
    ;; path_open(fd 3, no lookup flags, "greeting.txt", no oflags, rights fd_read, none inherited, no fdflags).
    (call $check (call $path_open (i32.const 3) (i32.const 0) (i32.const 80) (i32.const 12) (i32.const 0)
      (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 20)))
    (local.set $fd (i32.load (i32.const 20)))
    (i32.store (i32.const 8) (i32.const 8192))
    (i32.store (i32.const 12) (i32.const 4096))
    (block $eof
      (loop $next
        (call $check (call $fd_read (local.get $fd) (i32.const 8) (i32.const 1) (i32.const 16)))
        (br_if $eof (i32.eqz (i32.load (i32.const 16))))
        (call $write (i32.const 8192) (i32.load (i32.const 16)))
        ;; $write reused the iovec: point it at the file buffer again.
        (i32.store (i32.const 8) (i32.const 8192))
        (i32.store (i32.const 12) (i32.const 4096))
        (br $next)))
    (call $proc_exit (i32.const 0))))
