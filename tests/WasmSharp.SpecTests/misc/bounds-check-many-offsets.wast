;; A function with more distinct (offset + size) extents than the compiler keeps precomputed
;; limits for: the extra extents take the general address + extent <= length check, which must
;; accept the last in-bounds address and trap one byte further.
(module
  (memory 1)
  (func $nop)
  (func (export "sum") (param $a i32) (result i32)
    (call $nop)
    (i32.add
      (i32.add
        (i32.add (i32.load8_u offset=0 (local.get $a)) (i32.load8_u offset=1 (local.get $a)))
        (i32.add (i32.load8_u offset=2 (local.get $a)) (i32.load8_u offset=3 (local.get $a))))
      (i32.add
        (i32.add
          (i32.add (i32.load8_u offset=4 (local.get $a)) (i32.load8_u offset=5 (local.get $a)))
          (i32.add (i32.load8_u offset=6 (local.get $a)) (i32.load8_u offset=7 (local.get $a))))
        (i32.add
          (i32.add (i32.load8_u offset=8 (local.get $a)) (i32.load8_u offset=9 (local.get $a)))
          (i32.load offset=12 (local.get $a))))))
  (func (export "store") (param $a i32) (param $v i32)
    (i32.store offset=12 (local.get $a) (local.get $v))))

(invoke "store" (i32.const 65520) (i32.const 7))
(assert_return (invoke "sum" (i32.const 65520)) (i32.const 7))
(assert_return (invoke "sum" (i32.const 0)) (i32.const 0))
(assert_trap (invoke "sum" (i32.const 65521)) "out of bounds memory access")
(assert_trap (invoke "sum" (i32.const -1)) "out of bounds memory access")
(assert_trap (invoke "store" (i32.const 65521) (i32.const 1)) "out of bounds memory access")
