;; Compiled code keeps the cell of a global it uses in a loop in a local, loaded once on entry
;; (FunctionCompiler.CachedGlobalCell). The value must still be read from the cell at every use:
;; a callee, another instance sharing the global, or the function itself in a region method may
;; have written it since.

(module $counter
  (global $shared (export "shared") (mut i32) (i32.const 0))
  (func (export "bump") (global.set $shared (i32.add (global.get $shared) (i32.const 1))))
  (func (export "get") (result i32) (global.get $shared)))
(register "counter" $counter)

(module
  (import "counter" "shared" (global $shared (mut i32)))
  (import "counter" "bump" (func $bump))
  (global $state (mut i32) (i32.const 0))
  (global $wide (mut i64) (i64.const 0))
  (global $scale (mut f64) (f64.const 1))

  (func $set-state (param i32) (global.set $state (local.get 0)))

  ;; A TinyGo-shaped loop: a call, then a test of a state global the callee may have set.
  (func (export "stops-when-a-callee-sets-the-state") (param $stop i32) (result i32)
    (local $i i32)
    (global.set $state (i32.const 0))
    (block $done
      (loop $next
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (if (i32.eq (local.get $i) (local.get $stop)) (then (call $set-state (i32.const 1))))
        (br_if $done (global.get $state))
        (br_if $next (i32.lt_u (local.get $i) (i32.const 1000)))))
    (i32.add (i32.mul (local.get $i) (i32.const 10)) (global.get $state)))

  ;; The imported global is written by the exporting instance's function inside the loop.
  (func (export "counts-writes-by-the-exporter") (param $n i32) (result i32)
    (local $sum i32)
    (global.set $shared (i32.const 0))
    (loop $next
      (call $bump)
      (local.set $sum (i32.add (local.get $sum) (global.get $shared)))
      (br_if $next (i32.lt_s (global.get $shared) (local.get $n))))
    (local.get $sum))

  ;; Globals of other types, written and read in the same loop.
  (func (export "accumulates-in-globals") (param $n i32) (result f64)
    (local $i i32)
    (global.set $wide (i64.const 0))
    (global.set $scale (f64.const 1))
    (loop $next
      (global.set $wide (i64.add (global.get $wide) (i64.extend_i32_u (local.get $i))))
      (global.set $scale (f64.mul (global.get $scale) (f64.const 2)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (local.get $n))))
    (f64.add (f64.convert_i64_u (global.get $wide)) (global.get $scale)))

  ;; Used once in a loop and once outside it: a region cut from the loop reads the cell the
  ;; function wrote before calling it, and the function reads what the region wrote.
  (func (export "region-sees-function-writes") (param $n i32) (result i32)
    (local $i i32)
    (global.set $state (i32.const 100))
    (block $done
      (loop $next
        (global.set $state (i32.add (global.get $state) (local.get $i)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (br $next)))
    (global.get $state)))

(assert_return (invoke "stops-when-a-callee-sets-the-state" (i32.const 7)) (i32.const 71))
(assert_return (invoke "stops-when-a-callee-sets-the-state" (i32.const 2000)) (i32.const 10000))
(assert_return (invoke "counts-writes-by-the-exporter" (i32.const 10)) (i32.const 55))
(assert_return (invoke $counter "get") (i32.const 10))
(assert_return (invoke "counts-writes-by-the-exporter" (i32.const 3)) (i32.const 6))
(assert_return (invoke "accumulates-in-globals" (i32.const 10)) (f64.const 1069))
(assert_return (invoke "region-sees-function-writes" (i32.const 5)) (i32.const 110))
(assert_return (invoke "region-sees-function-writes" (i32.const 1)) (i32.const 100))
