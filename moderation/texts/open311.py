"""What the Open311 API (bot/open311) answers: refusals, errors and notices, sent as "Korean / English".

One shape for every entry: key -> {"ko": Korean, "en": English}, both with the same
{placeholders}; moderation.catalogue gathers them.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # -- parameters (bot.open311.params)
    "api_date_format": {
        "ko": "{name}: 2010-01-01T00:00:00Z 또는 2010-01-01T09:00:00+09:00 형식(W3C, 시간대 포함)이어야 합니다.{hint}",
        "en": "{name}: must be a W3C date-time with a time zone, e.g. 2010-01-01T00:00:00Z.{hint}",
    },
    "api_date_plus_hint": {"ko": " URL에서 '+'는 %2B로 보내야 합니다.", "en": " A '+' in a URL must be sent as %2B."},
    "api_date_missing": {"ko": "{name}: 없는 날짜나 시각입니다 ({value}).", "en": "{name}: no such date or time ({value})."},
    "api_window_reversed": {"ko": "end_date가 start_date보다 앞섭니다.", "en": "end_date is before start_date."},
    "api_window_too_long": {
        "ko": "start_date와 end_date 사이는 90일을 넘을 수 없습니다.",
        "en": "start_date and end_date may not span more than 90 days.",
    },
    "api_too_many_items": {"ko": "{name}: 한 번에 {most}개까지입니다.", "en": "{name}: at most {most} at once."},
    "api_request_ids": {
        "ko": "service_request_id: 12,15처럼 쉼표로 구분한 요청 번호여야 합니다 ({bad}).",
        "en": "service_request_id: comma-separated request ids such as 12,15 ({bad}).",
    },
    "api_unknown_service_listed": {
        "ko": "service_code: 알 수 없는 서비스입니다 ({unknown}). services 목록을 확인해 주세요.",
        "en": "service_code: unknown service ({unknown}); see the services list.",
    },
    "api_status_values": {"ko": "status: open 또는 closed 입니다 ({bad}).", "en": "status: open or closed ({bad})."},
    "api_body_form": {"ko": "본문은 {form} 형식이어야 합니다.", "en": "the body must be {form}."},
    "api_body_utf8": {"ko": "본문은 UTF-8이어야 합니다.", "en": "the body must be UTF-8."},
    "api_too_many_fields": {"ko": "필드는 {most}개까지입니다.", "en": "at most {most} fields."},
    "api_sent_twice": {"ko": "{name}: 한 번만 보내 주세요.", "en": "{name}: sent more than once."},
    "api_too_long": {"ko": "{name}: {most}자까지입니다.", "en": "{name}: at most {most} characters."},
    "api_coordinate": {"ko": "{name}: WGS84 좌표(±{limit})여야 합니다.", "en": "{name}: a WGS84 coordinate within ±{limit}."},
    "api_lat_long_together": {"ko": "lat과 long은 함께 보내야 합니다.", "en": "lat and long must be sent together."},
    "api_address_id": {
        "ko": "address_id는 지원하지 않습니다. address_string이나 lat·long으로 장소를 보내 주세요.",
        "en": "address_id is not supported here; send address_string or lat & long.",
    },
    "api_location_needed": {
        "ko": "장소가 필요합니다: address_string 또는 lat·long.",
        "en": "a location is required: address_string, or lat & long.",
    },
    # -- requests and answers (bot.open311.routes)
    "api_not_found": {"ko": "없는 주소입니다.", "en": "no such resource."},
    "api_method_not_allowed": {"ko": "이 주소에서 허용되지 않는 방법입니다.", "en": "method not allowed here."},
    "api_cannot_handle": {"ko": "요청을 처리할 수 없습니다.", "en": "the request cannot be handled."},
    "api_service_error": {
        "ko": "서비스 오류입니다. 운영 부서에 알려 주세요.",
        "en": "General service error; please tell the operators.",
    },
    "api_body_too_large": {"ko": "본문이 너무 큽니다 ({kb} KB까지).", "en": "the body is too large (at most {kb} KB)."},
    "api_jurisdiction_needed": {
        "ko": "jurisdiction_id가 필요합니다 (이 주소는 여러 방을 다룹니다).",
        "en": "jurisdiction_id was not provided (this endpoint serves several).",
    },
    "api_jurisdiction_unknown": {"ko": "jurisdiction_id를 찾을 수 없습니다: {value}", "en": "jurisdiction_id not found: {value}"},
    "api_service_unknown": {"ko": "service_code를 찾을 수 없습니다: {code}", "en": "service_code not found: {code}"},
    "api_request_unknown": {"ko": "service_request_id를 찾을 수 없습니다: {ident}", "en": "service_request_id not found: {ident}"},
    "api_key_missing": {"ko": "api_key가 없습니다.", "en": "api_key is missing."},
    "api_key_invalid": {"ko": "api_key가 올바르지 않습니다.", "en": "invalid api_key."},
    "api_too_many_requests": {
        "ko": "요청이 너무 잦습니다. {seconds}초 뒤에 다시 보내 주세요.",
        "en": "Too many requests; retry in {seconds} s.",
    },
    "api_service_code_missing": {"ko": "service_code가 없습니다.", "en": "service_code was not provided."},
    "api_description_needed": {"ko": "description(내용)이 필요합니다.", "en": "a description is required."},
    "api_refused_rule": {
        "ko": "소통방 규칙({rule})에 맞지 않아 접수하지 않았습니다. {explanation}",
        "en": "refused under the room's rule on {rule}. {explanation}",
    },
    "api_not_a_report": {
        "ko": "민원이나 정책 제안으로 보기 어려워 접수하지 않았습니다.",
        "en": "this does not read as a complaint or a proposal; nothing was filed.",
    },
    "api_room_unreachable": {
        "ko": "봇이 이 방에 글을 올릴 수 없습니다. 운영 부서에 알려 주세요.",
        "en": "the bot cannot reach this room; please tell the operators.",
    },
    "api_filed": {
        "ko": "{title}에 #{number}(으)로 접수되어 담당 부서에 전달됩니다. 처리 상황은 이 번호로 조회할 수 있습니다.",
        "en": "Filed as #{number} in {title}; the department in charge is told, and progress shows under this id.",
    },
    "api_joined": {
        "ko": "{title}에 같은 내용이 #{number}(으)로 이미 접수되어 있어 그 민원에 더했습니다.",
        "en": "The same problem is open as #{number} in {title}; this report was added to it.",
    },
    # -- discovery (bot.open311.mapping), unless the configuration says otherwise
    "api_contact": {"ko": "소통봇을 운영하는 시청 담당 부서에 문의해 주세요.", "en": "Ask the city office that runs this Sotong bot."},
    "api_key_service": {
        "ko": "API 키는 소통봇 운영 부서에서 발급합니다.",
        "en": "API keys are issued by the operators of this Sotong bot.",
    },
}
