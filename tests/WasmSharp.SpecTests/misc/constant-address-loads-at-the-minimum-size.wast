;; Loads from a constant address are checked at compile time against the memory type's minimum
;; size: within it they need no check (a memory never shrinks), beyond it they keep theirs. The
;; edges: the last in-bounds byte of the minimum, the first byte past it before and after a grow,
;; wide loads straddling it, offsets that carry the address past it, and an imported memory larger
;; than the import's minimum.

(module $m
  (memory (export "mem") 1 3)
  (data (i32.const 65532) "\01\02\03\04")
  (func (export "last-i32") (result i32) (i32.load (i32.const 65532)))
  (func (export "last-byte") (result i32) (i32.load8_u (i32.const 65535)))
  (func (export "last-byte-by-offset") (result i32) (i32.load8_u offset=65535 (i32.const 0)))
  (func (export "straddle-i32") (result i32) (i32.load (i32.const 65533)))
  (func (export "straddle-i64") (result i64) (i64.load offset=65529 (i32.const 0)))
  (func (export "past") (result i32) (i32.load8_u (i32.const 65536)))
  (func (export "past-by-offset") (result i32) (i32.load8_u offset=1 (i32.const 65535)))
  (func (export "far") (result i32) (i32.load (i32.const -4)))
  (func (export "v128-last") (result i32) (i8x16.extract_lane_u 15 (v128.load (i32.const 65520))))
  (func (export "v128-straddle") (result i32) (i8x16.extract_lane_u 12 (v128.load (i32.const 65521))))
  (func (export "grow") (result i32) (memory.grow (i32.const 1))))

(assert_return (invoke "last-i32") (i32.const 0x04030201))
(assert_return (invoke "last-byte") (i32.const 4))
(assert_return (invoke "last-byte-by-offset") (i32.const 4))
(assert_return (invoke "v128-last") (i32.const 4))
(assert_trap (invoke "straddle-i32") "out of bounds memory access")
(assert_trap (invoke "straddle-i64") "out of bounds memory access")
(assert_trap (invoke "past") "out of bounds memory access")
(assert_trap (invoke "past-by-offset") "out of bounds memory access")
(assert_trap (invoke "far") "out of bounds memory access")
(assert_trap (invoke "v128-straddle") "out of bounds memory access")
(assert_return (invoke "grow") (i32.const 1))
(assert_return (invoke "straddle-i32") (i32.const 0x00040302))
(assert_return (invoke "straddle-i64") (i64.const 0x0004030201000000))
(assert_return (invoke "past") (i32.const 0))
(assert_return (invoke "past-by-offset") (i32.const 0))
(assert_return (invoke "v128-straddle") (i32.const 2))
(assert_trap (invoke "far") "out of bounds memory access")

(register "m" $m)

;; The import asks for one page; the memory it gets has two now. Both are in bounds beyond the
;; import's minimum only through the check.
(module $user
  (import "m" "mem" (memory 1))
  (func (export "at-import-minimum") (result i32) (i32.load8_u (i32.const 65535)))
  (func (export "beyond-import-minimum") (result i32) (i32.load8_u (i32.const 65536)))
  (func (export "beyond-current") (result i32) (i32.load8_u (i32.const 131072))))

(assert_return (invoke "at-import-minimum") (i32.const 4))
(assert_return (invoke "beyond-import-minimum") (i32.const 0))
(assert_trap (invoke "beyond-current") "out of bounds memory access")

;; A zero-page minimum leaves every constant address checked.
(module
  (memory 0 1)
  (func (export "zero") (result i32) (i32.load8_u (i32.const 0)))
  (func (export "grow") (result i32) (memory.grow (i32.const 1))))
(assert_trap (invoke "zero") "out of bounds memory access")
(assert_return (invoke "grow") (i32.const 0))
(assert_return (invoke "zero") (i32.const 0))
