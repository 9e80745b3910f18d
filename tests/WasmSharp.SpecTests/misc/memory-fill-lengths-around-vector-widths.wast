;; memory.fill of every length from 0 to 100 at offsets 0 to 40, checked byte by byte, including
;; the bytes just before and after: the compiled and interpreted fill stores whole vectors and ends
;; with one store that overlaps the previous ones (Vm.BulkFill), so lengths around 16 and 32 and
;; unaligned offsets are where a tail could be wrong.
(module
  (memory 1)
  ;; Returns 0 if every fill wrote exactly its bytes, else 1000 * length + offset of the first wrong one.
  (func (export "check") (result i32)
    (local $len i32) (local $off i32) (local $i i32) (local $value i32)
    (loop $lengths
      (local.set $off (i32.const 0))
      (loop $offsets
        (local.set $value (i32.and (i32.add (i32.mul (local.get $len) (i32.const 7)) (local.get $off)) (i32.const 255)))
        ;; Background 0xEE, then the fill at 200 + off.
        (memory.fill (i32.const 100) (i32.const 0xEE) (i32.const 300))
        (memory.fill (i32.add (i32.const 200) (local.get $off)) (local.get $value) (local.get $len))
        (local.set $i (i32.const 100))
        (loop $bytes
          (if (i32.ne
                (i32.load8_u (local.get $i))
                (select (local.get $value) (i32.const 0xEE)
                  (i32.and
                    (i32.ge_u (local.get $i) (i32.add (i32.const 200) (local.get $off)))
                    (i32.lt_u (local.get $i) (i32.add (i32.add (i32.const 200) (local.get $off)) (local.get $len))))))
            (then (return (i32.add (i32.mul (local.get $len) (i32.const 1000)) (local.get $off)))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br_if $bytes (i32.lt_u (local.get $i) (i32.const 400))))
        (local.set $off (i32.add (local.get $off) (i32.const 1)))
        (br_if $offsets (i32.le_u (local.get $off) (i32.const 40))))
      (local.set $len (i32.add (local.get $len) (i32.const 1)))
      (br_if $lengths (i32.le_u (local.get $len) (i32.const 100))))
    (i32.const 0))
  ;; A fill that ends at the last byte of memory, and one past it.
  (func (export "fill-to-end") (param $len i32) (result i32)
    (memory.fill (i32.sub (i32.const 65536) (local.get $len)) (i32.const 0x5A) (local.get $len))
    (i32.load8_u (i32.const 65535)))
)
(assert_return (invoke "check") (i32.const 0))
(assert_return (invoke "fill-to-end" (i32.const 33)) (i32.const 0x5A))
(assert_return (invoke "fill-to-end" (i32.const 65536)) (i32.const 0x5A))
(assert_trap (invoke "fill-to-end" (i32.const 65537)) "out of bounds memory access")
