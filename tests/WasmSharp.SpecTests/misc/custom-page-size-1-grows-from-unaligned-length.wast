;; A memory with 1-byte pages (custom-page-sizes proposal) grows from a length that is not a
;; multiple of the host page: growing mprotect'ed from Base + Length, which Linux rejects unless
;; page-aligned, so every such memory.grow returned -1 in both tiers (found reviewing the
;; interpreter under custom-page-sizes: (memory 3 10 (pagesize 1)) could not grow by 7).
(module
  (memory $small 3 10 (pagesize 1))
  (memory $wide i64 4095 (pagesize 1))
  (data (memory $small) (i32.const 0) "abc")
  (func (export "grow-small") (param i32) (result i32) (memory.grow $small (local.get 0)))
  (func (export "size-small") (result i32) (memory.size $small))
  (func (export "load-small") (param i32) (result i32) (i32.load8_u $small (local.get 0)))
  (func (export "store-small") (param i32 i32) (i32.store8 $small (local.get 0) (local.get 1)))
  (func (export "grow-wide") (param i64) (result i64) (memory.grow $wide (local.get 0)))
  (func (export "size-wide") (result i64) (memory.size $wide))
  (func (export "load-wide") (param i64) (result i32) (i32.load $wide (local.get 0)))
  (func (export "store-wide") (param i64 i32) (i32.store $wide (local.get 0) (local.get 1)))
)
(assert_return (invoke "grow-small" (i32.const 7)) (i32.const 3))
(assert_return (invoke "size-small") (i32.const 10))
(assert_return (invoke "load-small" (i32.const 2)) (i32.const 0x63))
(assert_return (invoke "load-small" (i32.const 9)) (i32.const 0))
(assert_return (invoke "store-small" (i32.const 9) (i32.const 0x7a)))
(assert_return (invoke "load-small" (i32.const 9)) (i32.const 0x7a))
(assert_trap (invoke "load-small" (i32.const 10)) "out of bounds memory access")
(assert_return (invoke "grow-small" (i32.const 1)) (i32.const -1))

;; 4095 bytes, grown across the first host page boundary and then by several host pages at once.
(assert_trap (invoke "load-wide" (i64.const 4092)) "out of bounds memory access")
(assert_return (invoke "grow-wide" (i64.const 2)) (i64.const 4095))
(assert_return (invoke "store-wide" (i64.const 4093) (i32.const 0x01020304)))
(assert_return (invoke "load-wide" (i64.const 4093)) (i32.const 0x01020304))
(assert_trap (invoke "load-wide" (i64.const 4094)) "out of bounds memory access")
(assert_return (invoke "grow-wide" (i64.const 20000)) (i64.const 4097))
(assert_return (invoke "size-wide") (i64.const 24097))
(assert_return (invoke "load-wide" (i64.const 4093)) (i32.const 0x01020304))
(assert_return (invoke "load-wide" (i64.const 24093)) (i32.const 0))
(assert_return (invoke "store-wide" (i64.const 24093) (i32.const -1)))
(assert_return (invoke "load-wide" (i64.const 24093)) (i32.const -1))
(assert_trap (invoke "load-wide" (i64.const 24094)) "out of bounds memory access")
