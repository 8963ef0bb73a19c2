"""Personal data is redacted before a text is stored or echoed; ordinary numbers are kept."""

import pytest

from moderation.redaction import luhn_ok, redact


@pytest.mark.parametrize(
    "text, placeholder, secret",
    [
        ("제 주민번호 850315-2345678 입니다", "[주민번호]", "850315-2345678"),
        ("주민등록번호8503152345678로 조회해주세요", "[주민번호]", "8503152345678"),
        ("연락은 010-9876-5432 로 주세요", "[전화번호]", "010-9876-5432"),
        ("01098765432로 문자주세요", "[전화번호]", "01098765432"),
        ("010 9876 5432", "[전화번호]", "9876 5432"),
        ("사무실 02-123-4567", "[전화번호]", "02-123-4567"),
        ("031-987-6543으로 전화", "[전화번호]", "031-987-6543"),
        ("+82 10 9876 5432 call me", "[전화번호]", "9876 5432"),
        ("+82-10-9876-5432", "[전화번호]", "9876-5432"),
        ("메일 hong.gildong@example.co.kr 로 보내주세요", "[이메일]", "hong.gildong@example.co.kr"),
        ("mail me at resident_01@gmail.com", "[이메일]", "resident_01@gmail.com"),
        ("카드 4111 1111 1111 1111 결제했어요", "[카드번호]", "4111 1111 1111 1111"),
        ("카드번호 5500-0000-0000-0004", "[카드번호]", "5500-0000-0000-0004"),
        ("4111111111111111", "[카드번호]", "4111111111111111"),
        ("환불은 신한 110-123-456789 로", "[계좌번호]", "110-123-456789"),
        ("계좌 123-456789-01-234 입니다", "[계좌번호]", "123-456789-01-234"),
        ("국민은행 계좌 12345678901234", "[계좌번호]", "12345678901234"),
    ],
)
def test_each_kind_is_redacted(text, placeholder, secret):
    out = redact(text)
    assert placeholder in out
    assert secret not in out


@pytest.mark.parametrize(
    "text",
    [
        "중앙로 12 앞 가로등이 나갔어요",
        "전동 25-328번지 옆 주차장",
        "서해대로483번길 12-3",
        "과천역 3번 출구 앞",
        "다자녀 기준을 2자녀로 낮춰 주세요",
        "2024-01-15 오후 3시 30분에 봤어요",
        "2024.01.15에 신고했어요",
        "버스 7-2번이 30분째 안와요",
        "과태료 30,000원 나왔어요",
        "부림동 12단지 101동 1203호",
        "1588-1234 콜센터",
        "민원번호 2AA-1234",
        "",
    ],
)
def test_ordinary_numbers_are_kept(text):
    assert redact(text) == text


def test_card_number_must_pass_luhn():
    assert luhn_ok("4111111111111111")
    assert not luhn_ok("4111111111111112")
    # 16 digits in card groups that fail Luhn are not called a card
    assert "[카드번호]" not in redact("4111 1111 1111 1112")


def test_several_kinds_in_one_message():
    out = redact("홍길동 010-1234-5678, hong@test.com, 900101-1234567")
    assert out == "홍길동 [전화번호], [이메일], [주민번호]"
