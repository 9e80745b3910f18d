;; Straight-line loads through unwritten locals are bounds-checked together at the first (each
;; base at its widest extent; see MemoryAddressing.TryEmitGroupCheck). A failed group check must
;; still trap only if a load of the group really is out of bounds, at the first such load, with
;; nothing after it done; a base written within the group ends it.
(module
  (memory 1)
  (global $seen (mut i32) (i32.const 0))
  (data (i32.const 0) "\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00")
  (data (i32.const 65528) "\05\00\00\00\06\00\00\00")
  (func (export "sum") (param $p i32) (param $q i32) (result i32)
    (i32.add
      (i32.add (i32.load (local.get $p)) (i32.load offset=4 (local.get $q)))
      (i32.add (i32.load offset=8 (local.get $p)) (i32.load offset=12 (local.get $p)))))
  ;; $p is rewritten between its loads: the second is checked for its own value.
  (func (export "rewritten") (param $p i32) (result i32)
    (i32.load (local.get $p))
    (local.set $p (i32.const 65534))
    (i32.load16_u (local.get $p))
    i32.add)
  ;; A global write ends the group: the write before the failing load stays done.
  (func (export "write-between") (param $p i32) (result i32)
    (i32.load (local.get $p))
    (global.set $seen (i32.const 7))
    (i32.load offset=8 (local.get $p))
    i32.add)
  (func (export "seen") (result i32) (global.get $seen))
)
(assert_return (invoke "sum" (i32.const 0) (i32.const 0)) (i32.const 10))
(assert_return (invoke "sum" (i32.const 0) (i32.const 65528)) (i32.const 14))
(assert_trap (invoke "sum" (i32.const 65528) (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "sum" (i32.const 0) (i32.const 65529)) "out of bounds memory access")
(assert_trap (invoke "sum" (i32.const -4) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "rewritten" (i32.const 65532)) (i32.const 6))
(assert_trap (invoke "rewritten" (i32.const 65533)) "out of bounds memory access")
(assert_return (invoke "seen") (i32.const 0))
(assert_trap (invoke "write-between" (i32.const 65528)) "out of bounds memory access")
(assert_return (invoke "seen") (i32.const 7))
