;; A 32-bit memory with 1-byte pages holds at most 2^32 - 1 pages, so that memory.size fits its i32
;; result (custom-page-sizes overview, "Growing memories": if the new length in pages is at least
;; 2^32, fail). It grew to 2^32 bytes, after which memory.size answered 0 and the interpreter wrote
;; 2^32 into an i32 slot. Growth to the last byte only commits address space (RSS stays small).
;; Wasmtime diverges at this edge while custom-page-sizes#45 is open: since its PR #12884 it traps
;; "disallowing growth to 0xffffffff bytes based on page size" and refuses a 0xffff_ffff-page minimum.
(module
  (memory 0 (pagesize 1))
  (func (export "size") (result i32) memory.size)
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
)
(assert_return (invoke "grow" (i32.const 0xFFFFFFFE)) (i32.const 0))
(assert_return (invoke "size") (i32.const 0xFFFFFFFE))
(assert_return (invoke "grow" (i32.const 1)) (i32.const 0xFFFFFFFE))
(assert_return (invoke "size") (i32.const 0xFFFFFFFF))
(assert_return (invoke "load" (i32.const 0xFFFFFFFE)) (i32.const 0))
(assert_return (invoke "grow" (i32.const 1)) (i32.const -1))
(assert_return (invoke "size") (i32.const 0xFFFFFFFF))
