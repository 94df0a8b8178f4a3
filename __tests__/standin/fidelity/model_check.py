"""Sends every operation the action uses to the running stand-in through botocore, and checks each answer
against botocore's own service model: the status code, every member's type, enum and presence when
required, no member the model does not have, and errors by their modelled shape and status.

Reads the stand-in's environment (AWS_ENDPOINT_URL_*, ACTIONS_ID_TOKEN_REQUEST_*, AWS_REGION). Prints one
JSON object: botocore's version, each answer checked, and the problems found. Exits 1 when any.
Needs only botocore (Debian's python3-botocore or any newer one).
"""

import base64
import datetime
import hashlib
import json
import os
import sys
import urllib.request
import xml.etree.ElementTree as ElementTree

import botocore
import botocore.session
from botocore.config import Config
from botocore.exceptions import ClientError

REGION = os.environ.get("AWS_REGION", "us-east-1")
APP = "0123456789abcdef0123456789abcdef"
BUCKET = "my-pinpoint-imports"
GITHUB_ROLE = "arn:aws:iam::111111111111:role/github-pinpoint"
NO_PASSROLE_ROLE = "arn:aws:iam::111111111111:role/github-no-passrole"
PROFILES_ROLE = "arn:aws:iam::111111111111:role/github-profiles"
IMPORT_ROLE = "arn:aws:iam::111111111111:role/PinpointSegmentImport"
CROSS_ROLE = "arn:aws:iam::222222222222:role/pinpoint-importer"
DOMAIN = "acme-customers"
MIB = 1024 * 1024

# Errors the stand-in may answer that a service model does not list as a shape, with the status AWS's
# error-code pages give them (S3 API reference "Error responses"; STS and Pinpoint "Common errors").
UNMODELLED_ERRORS = {
    "s3": {
        "AccessDenied": 403, "BadDigest": 400, "EntityTooSmall": 400, "ExpiredToken": 400,
        "InternalError": 500, "InvalidAccessKeyId": 403, "InvalidArgument": 400, "InvalidPart": 400,
        "InvalidPartOrder": 400, "InvalidRequest": 400, "MalformedXML": 400, "NoSuchBucket": 404,
        "NoSuchUpload": 404, "SignatureDoesNotMatch": 403, "SlowDown": 503,
    },
    "sts": {"AccessDenied": 403, "ValidationError": 400, "Throttling": 400, "InvalidClientTokenId": 403},
    "pinpoint": {},
    "customer-profiles": {},
}
# Members S3 answers today that older botocore models (Debian's 1.29) do not have yet: noted, not failed,
# when the model in use lacks them.
NEWER_MEMBERS = {"ChecksumType", "ChecksumCRC64NVME"}
# What S3 answers to a failed HEAD, which has no body to name the error.
HEAD_ERRORS = {403: "403", 404: "404"}


class Checker:
    def __init__(self, session):
        self.session = session
        self.checked = []
        self.problems = []
        self.notes = set()

    def problem(self, where, text):
        self.problems.append(f"{where}: {text}")

    # ---- walking a JSON value (rest-json bodies) against a shape ----
    def walk_json(self, shape, value, path):
        kind = shape.type_name
        if kind == "structure":
            if not isinstance(value, dict):
                return self.problem(path, f"expected an object ({shape.name}), got {type(value).__name__}")
            wire = {m.serialization.get("name", name): name for name, m in shape.members.items()}
            for key, item in value.items():
                if key not in wire:
                    if key in NEWER_MEMBERS:
                        self.notes.add(f"{key} is newer than this botocore's {shape.name}")
                    else:
                        self.problem(path, f"member {key!r} is not in {shape.name}")
                    continue
                self.walk_json(shape.members[wire[key]], item, f"{path}.{key}")
            for required in shape.required_members:
                name = shape.members[required].serialization.get("name", required)
                if name not in value:
                    self.problem(path, f"required member {name!r} of {shape.name} is missing")
        elif kind == "list":
            if not isinstance(value, list):
                return self.problem(path, f"expected a list, got {type(value).__name__}")
            for index, item in enumerate(value):
                self.walk_json(shape.member, item, f"{path}[{index}]")
        elif kind == "map":
            if not isinstance(value, dict):
                return self.problem(path, f"expected a map, got {type(value).__name__}")
            for key, item in value.items():
                self.check_scalar(shape.key, key, f"{path} key {key!r}")
                self.walk_json(shape.value, item, f"{path}[{key!r}]")
        elif kind == "timestamp":
            if isinstance(value, str):
                self.check_scalar(shape, value, path)
            elif isinstance(value, bool) or not isinstance(value, (int, float)):
                self.problem(path, f"expected a timestamp, got {value!r}")
        else:
            self.check_scalar(shape, value, path)

    def check_scalar(self, shape, value, path):
        kind = shape.type_name
        if kind == "string":
            if not isinstance(value, str):
                return self.problem(path, f"expected a string, got {value!r}")
            if shape.enum and value not in shape.enum:
                self.problem(path, f"{value!r} is not one of {shape.name}'s values {shape.enum}")
            self.check_length(shape, value, path)
        elif kind in ("integer", "long"):
            if isinstance(value, bool) or not isinstance(value, int):
                self.problem(path, f"expected an integer, got {value!r}")
        elif kind in ("double", "float"):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                self.problem(path, f"expected a number, got {value!r}")
        elif kind == "boolean":
            if not isinstance(value, bool):
                self.problem(path, f"expected a boolean, got {value!r}")
        elif kind == "timestamp":
            if not parse_timestamp(value):
                self.problem(path, f"{value!r} is not a timestamp")
        elif kind == "blob":
            if not isinstance(value, str):
                self.problem(path, f"expected base64 text, got {value!r}")
        else:
            self.problem(path, f"unexpected scalar type {kind}")

    def check_length(self, shape, value, path):
        low, high = shape.metadata.get("min"), shape.metadata.get("max")
        if low is not None and len(value) < low:
            self.problem(path, f"{value!r} is shorter than {shape.name}'s minimum {low}")
        if high is not None and len(value) > high:
            self.problem(path, f"{value!r} is longer than {shape.name}'s maximum {high}")

    # ---- walking XML (query and rest-xml bodies) against a shape ----
    def walk_xml(self, shape, element, path):
        kind = shape.type_name
        if kind == "structure":
            members = {}
            for name, member in shape.members.items():
                if member.serialization.get("location") or member.serialization.get("xmlAttribute"):
                    continue
                wire = member.serialization.get("name", name)
                if member.type_name == "list" and member.serialization.get("flattened"):
                    wire = member.serialization.get("name") or member.member.serialization.get("name", name)
                members[wire] = (name, member)
            seen = set()
            for child in element:
                tag = local(child.tag)
                if tag not in members:
                    if tag in NEWER_MEMBERS:
                        self.notes.add(f"<{tag}> is newer than this botocore's {shape.name}")
                    else:
                        self.problem(path, f"element <{tag}> is not in {shape.name}")
                    continue
                name, member = members[tag]
                seen.add(name)
                if member.type_name == "list" and member.serialization.get("flattened"):
                    self.walk_xml(member.member, child, f"{path}.{tag}")
                else:
                    self.walk_xml(member, child, f"{path}.{tag}")
            for required in shape.required_members:
                member = shape.members[required]
                if not member.serialization.get("location") and required not in seen:
                    self.problem(path, f"required member {required!r} of {shape.name} is missing")
        elif kind == "list":
            item_name = shape.member.serialization.get("name", "member")
            for index, child in enumerate(element):
                if local(child.tag) != item_name:
                    self.problem(path, f"list item <{local(child.tag)}>, expected <{item_name}>")
                self.walk_xml(shape.member, child, f"{path}[{index}]")
        elif kind == "map":
            self.problem(path, "maps in XML answers are not checked")
        else:
            self.check_text(shape, element.text or "", path)

    def check_text(self, shape, text, path):
        """A scalar written as text: an XML element or an HTTP header."""
        kind = shape.type_name
        if kind in ("integer", "long"):
            try:
                int(text)
            except ValueError:
                self.problem(path, f"{text!r} is not an integer")
        elif kind == "boolean":
            if text not in ("true", "false"):
                self.problem(path, f"{text!r} is not true or false")
        elif kind == "timestamp":
            if not parse_timestamp(text):
                self.problem(path, f"{text!r} is not a timestamp")
        elif kind == "string":
            if shape.enum and text not in shape.enum:
                self.problem(path, f"{text!r} is not one of {shape.name}'s values {shape.enum}")
            self.check_length(shape, text, path)

    def check_headers(self, shape, headers, path):
        for name, member in shape.members.items():
            if member.serialization.get("location") != "header":
                continue
            value = headers.get(member.serialization.get("name", name))
            if value is None:
                if name in shape.required_members:
                    self.problem(path, f"required header member {name!r} is missing")
                continue
            self.check_text(member, value, f"{path} header {member.serialization.get('name', name)}")

    # ---- one answer ----
    def after_call(self, http_response, parsed, model, **_):
        service = model.service_model.service_name
        where = f"{service} {model.name}"
        status = http_response.status_code
        body = http_response.content or b""
        error_in_200 = (
            status == 200 and body.lstrip().startswith(b"<?xml") and b"<Error>" in body[:200]
        ) or (status == 200 and body.lstrip().startswith(b"<Error>"))
        entry = {"service": service, "operation": model.name, "status": status}
        self.checked.append(entry)
        if status >= 300 or error_in_200:
            entry["error"] = self.check_error(model, status, http_response.headers, body, where, error_in_200)
            return
        expected = model.http.get("responseCode", 200)
        if status != expected:
            self.problem(where, f"status {status}, the model says {expected}")
        output = model.output_shape
        if output is None:
            if body.strip():
                self.problem(where, "a body where the model has no output")
            return
        protocol = model.service_model.protocol
        if protocol == "rest-json":
            self.check_headers(output, http_response.headers, where)
            payload = output.serialization.get("payload")
            target = output.members[payload] if payload else output
            try:
                value = json.loads(body or b"{}")
            except ValueError:
                return self.problem(where, "the body is not JSON")
            self.walk_json(target, value, where)
        elif protocol == "rest-xml":
            self.check_headers(output, http_response.headers, where)
            if any(not m.serialization.get("location") for m in output.members.values()):
                if body.strip():
                    self.walk_xml(output, ElementTree.fromstring(body), where)
            elif body.strip() and model.name != "GetObject":
                self.problem(where, "a body where the model has only headers")
        elif protocol == "query":
            root = ElementTree.fromstring(body)
            wrapper = output.serialization.get("resultWrapper")
            if local(root.tag) != f"{model.name}Response":
                self.problem(where, f"root element <{local(root.tag)}>, expected <{model.name}Response>")
            result = [child for child in root if local(child.tag) == wrapper]
            metadata = [child for child in root if local(child.tag) == "ResponseMetadata"]
            if not result:
                return self.problem(where, f"no <{wrapper}>")
            if not metadata or not [c for c in metadata[0] if local(c.tag) == "RequestId"]:
                self.problem(where, "no <ResponseMetadata><RequestId>")
            self.walk_xml(output, result[0], where)

    def check_error(self, model, status, headers, body, where, error_in_200):
        service = model.service_model.service_name
        protocol = model.service_model.protocol
        code = None
        if protocol == "rest-json":
            code = (headers.get("x-amzn-ErrorType") or "").split(":")[0] or None
            try:
                value = json.loads(body or b"{}")
            except ValueError:
                self.problem(where, "the error body is not JSON")
                value = {}
            code = code or value.get("code") or value.get("__type")
            if not code:
                self.problem(where, "the error names no type (x-amzn-ErrorType, code or __type)")
            shape = shape_named(model.service_model, code)
            if shape is not None:
                self.walk_json(shape, value, f"{where} {code}")
                if shape.name not in [listed.name for listed in model.error_shapes]:
                    self.problem(where, f"{code} is not an error the model lists for {model.name}")
        elif not body.strip():
            if model.name.startswith("Head"):
                code = HEAD_ERRORS.get(status)
            if not code:
                self.problem(where, f"status {status} with no error body")
            return code
        else:
            root = ElementTree.fromstring(body)
            error = root if local(root.tag) == "Error" else next(
                (child for child in root if local(child.tag) == "Error"), None
            )
            if error is None:
                self.problem(where, f"error root <{local(root.tag)}> has no <Error>")
                return None
            fields = {local(child.tag): child.text for child in error}
            code = fields.get("Code")
            for required in ("Code", "Message"):
                if not fields.get(required):
                    self.problem(where, f"the error has no <{required}>")
            if protocol == "query":
                if local(root.tag) != "ErrorResponse":
                    self.problem(where, f"error root <{local(root.tag)}>, expected <ErrorResponse>")
                if fields.get("Type") not in ("Sender", "Receiver"):
                    self.problem(where, "the error's <Type> is not Sender or Receiver")
                if not [c for c in root if local(c.tag) == "RequestId"]:
                    self.problem(where, "the error has no <RequestId>")
            else:
                for required in ("RequestId", "HostId"):
                    if not fields.get(required):
                        self.problem(where, f"the error has no <{required}>")
        if error_in_200:
            if model.name != "CompleteMultipartUpload":
                self.problem(where, "an error in a 200 answer, which S3 documents only for CompleteMultipartUpload")
            return code
        shape = shape_named(model.service_model, code) if code else None
        if shape is not None and "httpStatusCode" in shape.metadata.get("error", {}):
            expected = shape.metadata["error"]["httpStatusCode"]
        else:
            expected = UNMODELLED_ERRORS.get(service, {}).get(code)
            if expected is None and code not in HEAD_ERRORS.values():
                self.problem(where, f"{code} is neither in the model nor a documented common error")
        if expected is not None and status != expected:
            self.problem(where, f"{code} with status {status}, documented {expected}")
        return code


def local(tag):
    return tag.split("}", 1)[-1]


def shape_named(service_model, code):
    if not code:
        return None
    for name in service_model.shape_names:
        shape = service_model.shape_for(name)
        if shape.metadata.get("exception") and (
            name == code or shape.metadata.get("error", {}).get("code") == code
        ):
            return shape
    return None


def parse_timestamp(text):
    if not isinstance(text, str):
        return None
    from email.utils import parsedate_to_datetime

    for parse in (
        lambda t: datetime.datetime.fromisoformat(t.replace("Z", "+00:00")),
        parsedate_to_datetime,
    ):
        try:
            return parse(text)
        except (TypeError, ValueError):
            continue
    return None


def id_token(audience="sts.amazonaws.com"):
    url = os.environ["ACTIONS_ID_TOKEN_REQUEST_URL"] + "&audience=" + audience
    request = urllib.request.Request(
        url, headers={"Authorization": "Bearer " + os.environ["ACTIONS_ID_TOKEN_REQUEST_TOKEN"]}
    )
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)["value"]


def find_segment_id(pinpoint, job, name):
    """The new segment's ID wherever Pinpoint gives it: the job's definition, else the job's own ID (as
    AWS's Java sample reads it), else the segment of that name in GetSegments."""
    if job["Definition"].get("SegmentId"):
        return job["Definition"]["SegmentId"]
    try:
        return pinpoint.get_segment(ApplicationId=job["ApplicationId"], SegmentId=job["Id"])["SegmentResponse"]["Id"]
    except ClientError:
        pass
    segments = pinpoint.get_segments(ApplicationId=job["ApplicationId"])["SegmentsResponse"]["Item"]
    named = [segment["Id"] for segment in segments if segment.get("Name") == name]
    return named[-1] if named else None


def expect_error(call, code, where, checker, tolerate_no_code=False):
    """The call must fail with `code`. With `tolerate_no_code`, a failure without a code will do: older
    botocore (1.29) parses S3's 200-with-error answer as a success, then fails it, as a 500 it would
    retry, with no error code."""
    try:
        call()
    except ClientError as error:
        got = error.response.get("Error", {}).get("Code")
        if tolerate_no_code and got is None:
            return error
        if got != code:
            checker.problem(where, f"botocore read error {got!r}, expected {code!r}")
        return error
    checker.problem(where, f"succeeded, expected {code}")
    return None


def main():
    session = botocore.session.get_session()
    checker = Checker(session)
    session.register("after-call.*.*", checker.after_call)
    # No retries: every answer is seen once, as sent. Validation off where a test sends a bad request.
    config = Config(retries={"max_attempts": 0}, s3={"addressing_style": "path"})
    unchecked = Config(retries={"max_attempts": 0}, parameter_validation=False)

    def client(service, credentials=None, cfg=config, endpoint=None):
        env_name = {"customer-profiles": "CUSTOMER_PROFILES"}.get(service, service.upper())
        keys = {}
        if credentials:
            keys = {
                "aws_access_key_id": credentials["AccessKeyId"],
                "aws_secret_access_key": credentials["SecretAccessKey"],
                "aws_session_token": credentials["SessionToken"],
            }
        else:
            cfg = cfg.merge(Config(signature_version=botocore.UNSIGNED))
        return session.create_client(
            service, region_name=REGION, endpoint_url=endpoint or os.environ[f"AWS_ENDPOINT_URL_{env_name}"],
            config=cfg, **keys,
        )

    # STS: web identity, then role chaining as cross-account use does.
    sts = client("sts")
    assumed = sts.assume_role_with_web_identity(
        RoleArn=GITHUB_ROLE, RoleSessionName="botocore-model", WebIdentityToken=id_token()
    )["Credentials"]
    expect_error(
        lambda: sts.assume_role_with_web_identity(
            RoleArn=GITHUB_ROLE, RoleSessionName="botocore-model", WebIdentityToken=id_token("someone-else")
        ),
        "InvalidIdentityToken", "sts AssumeRoleWithWebIdentity (wrong audience)", checker,
    )
    client("sts", assumed).assume_role(RoleArn=CROSS_ROLE, RoleSessionName="chained")
    expect_error(
        lambda: client("sts", assumed).assume_role(
            RoleArn="arn:aws:iam::111111111111:role/PinpointSegmentImport", RoleSessionName="not-trusted"
        ),
        "AccessDenied", "sts AssumeRole (not trusted)", checker,
    )

    # S3: what the action's upload sends (HeadObject, PutObject, multipart), and S3's refusals.
    s3 = client("s3", assumed)
    csv = b"ChannelType,Address\nEMAIL,ana@example.com\nSMS,+16045550182\n"
    expect_error(lambda: s3.head_object(Bucket=BUCKET, Key="model/absent.csv"), "404", "s3 HeadObject (absent)", checker)
    s3.put_object(
        Bucket=BUCKET, Key="model/list.csv", Body=csv, ContentType="text/csv", ServerSideEncryption="AES256",
        ChecksumSHA256=base64.b64encode(hashlib.sha256(csv).digest()).decode(), Metadata={"sha256": "x"},
    )
    s3.head_object(Bucket=BUCKET, Key="model/list.csv", ChecksumMode="ENABLED")
    key = "model/multipart.csv"
    upload = s3.create_multipart_upload(
        Bucket=BUCKET, Key=key, ChecksumAlgorithm="SHA256", ServerSideEncryption="AES256"
    )["UploadId"]
    part_one = b"ChannelType,Address\n" + b"EMAIL,a@example.com\n" * ((5 * MIB) // 20)
    part_two = b"SMS,+16045550182\n" * 10
    one = s3.upload_part(Bucket=BUCKET, Key=key, UploadId=upload, PartNumber=1, Body=part_one, ChecksumAlgorithm="SHA256")
    two = s3.upload_part(Bucket=BUCKET, Key=key, UploadId=upload, PartNumber=2, Body=part_two, ChecksumAlgorithm="SHA256")
    parts = [
        {"PartNumber": 1, "ETag": one["ETag"], "ChecksumSHA256": one["ChecksumSHA256"]},
        {"PartNumber": 2, "ETag": two["ETag"], "ChecksumSHA256": two["ChecksumSHA256"]},
    ]
    if "--complete-error-in-body" in sys.argv:
        # The stand-in was told to fail the next completion inside a 200 answer.
        expect_error(
            lambda: s3.complete_multipart_upload(Bucket=BUCKET, Key=key, UploadId=upload, MultipartUpload={"Parts": parts}),
            "InternalError", "s3 CompleteMultipartUpload (error in a 200 answer)", checker, tolerate_no_code=True,
        )
    expect_error(
        lambda: s3.complete_multipart_upload(
            Bucket=BUCKET, Key=key, UploadId=upload,
            MultipartUpload={"Parts": [{"PartNumber": 1, "ETag": '"' + "0" * 32 + '"'}]},
        ),
        "InvalidPart", "s3 CompleteMultipartUpload (wrong ETag)", checker,
    )
    small = s3.upload_part(Bucket=BUCKET, Key=key, UploadId=upload, PartNumber=3, Body=b"x" * 10)
    expect_error(
        lambda: s3.complete_multipart_upload(
            Bucket=BUCKET, Key=key, UploadId=upload,
            MultipartUpload={"Parts": [{"PartNumber": 1, "ETag": one["ETag"]}, {"PartNumber": 2, "ETag": two["ETag"]},
                                       {"PartNumber": 3, "ETag": small["ETag"]}]},
        ),
        "EntityTooSmall", "s3 CompleteMultipartUpload (small middle part)", checker,
    )
    done = s3.complete_multipart_upload(Bucket=BUCKET, Key=key, UploadId=upload, MultipartUpload={"Parts": parts})
    if not done.get("ETag", "").endswith('-2"'):
        checker.problem("s3 CompleteMultipartUpload", f"ETag {done.get('ETag')!r} has no -2 suffix")
    expect_error(
        lambda: s3.complete_multipart_upload(Bucket=BUCKET, Key=key, UploadId=upload, MultipartUpload={"Parts": parts}),
        "NoSuchUpload", "s3 CompleteMultipartUpload (completed)", checker,
    )
    expect_error(
        lambda: s3.upload_part(Bucket=BUCKET, Key=key, UploadId="no-such-upload", PartNumber=1, Body=b"x"),
        "NoSuchUpload", "s3 UploadPart (unknown upload)", checker,
    )
    head = s3.head_object(Bucket=BUCKET, Key=key, ChecksumMode="ENABLED")
    checksum_type = head["ResponseMetadata"]["HTTPHeaders"].get("x-amz-checksum-type")
    if checksum_type != "COMPOSITE" or not head.get("ChecksumSHA256", "").endswith("-2"):
        checker.problem("s3 HeadObject", f"multipart checksum {head.get('ChecksumSHA256')!r} {checksum_type!r}")
    aborted = s3.create_multipart_upload(Bucket=BUCKET, Key="model/aborted.csv")["UploadId"]
    s3.abort_multipart_upload(Bucket=BUCKET, Key="model/aborted.csv", UploadId=aborted)

    # Pinpoint: the import and the reads the action makes, and its refusals.
    pinpoint = client("pinpoint", assumed)
    request = {"Format": "CSV", "S3Url": f"s3://{BUCKET}/model/list.csv", "RoleArn": IMPORT_ROLE,
               "DefineSegment": True, "RegisterEndpoints": True, "SegmentName": "model-check"}
    job = pinpoint.create_import_job(ApplicationId=APP, ImportJobRequest=request)["ImportJobResponse"]
    for _ in range(2000):
        job = pinpoint.get_import_job(ApplicationId=APP, JobId=job["Id"])["ImportJobResponse"]
        if job["JobStatus"] in ("COMPLETED", "FAILED"):
            break
    if job["JobStatus"] != "COMPLETED":
        checker.problem("pinpoint GetImportJob", f"the job ended {job['JobStatus']}")
    segment_id = find_segment_id(pinpoint, job, "model-check")
    if not segment_id:
        checker.problem("pinpoint", "the import created no segment that GetSegment finds")
    pinpoint.get_import_jobs(ApplicationId=APP, PageSize="1")
    if segment_id:
        pinpoint.get_segment(ApplicationId=APP, SegmentId=segment_id)
        pinpoint.get_segment_import_jobs(ApplicationId=APP, SegmentId=segment_id)
    pinpoint.get_segments(ApplicationId=APP)
    expect_error(lambda: pinpoint.get_import_job(ApplicationId=APP, JobId="f" * 32), "NotFoundException",
                 "pinpoint GetImportJob (unknown)", checker)
    expect_error(lambda: pinpoint.get_segment(ApplicationId=APP, SegmentId="f" * 32), "NotFoundException",
                 "pinpoint GetSegment (unknown)", checker)
    expect_error(
        lambda: client("pinpoint", assumed, unchecked).create_import_job(
            ApplicationId=APP, ImportJobRequest={**request, "Format": "XML"}
        ),
        "BadRequestException", "pinpoint CreateImportJob (bad Format)", checker,
    )
    no_passrole = sts.assume_role_with_web_identity(
        RoleArn=NO_PASSROLE_ROLE, RoleSessionName="botocore-model", WebIdentityToken=id_token()
    )["Credentials"]
    expect_error(
        lambda: client("pinpoint", no_passrole).create_import_job(ApplicationId=APP, ImportJobRequest=request),
        "ForbiddenException", "pinpoint CreateImportJob (no iam:PassRole)", checker,
    )

    # Customer Profiles, when this botocore's model has the upload jobs (added in botocore 1.39.3).
    profiles_checked = False
    profiles_model = session.get_service_model("customer-profiles")
    if "CreateUploadJob" in profiles_model.operation_names:
        profiles_checked = True
        credentials = sts.assume_role_with_web_identity(
            RoleArn=PROFILES_ROLE, RoleSessionName="botocore-model", WebIdentityToken=id_token()
        )["Credentials"]
        profiles = client("customer-profiles", credentials)
        fields = {"CustomerId": {"Source": "_source.CustomerId", "Target": "_profile.AccountNumber",
                                 "ContentType": "STRING"}}
        upload_job = profiles.create_upload_job(
            DomainName=DOMAIN, DisplayName="model-check", Fields=fields, UniqueKey="CustomerId"
        )["JobId"]
        profiles.get_upload_job_path(DomainName=DOMAIN, JobId=upload_job)
        profiles.start_upload_job(DomainName=DOMAIN, JobId=upload_job)
        profiles.get_upload_job(DomainName=DOMAIN, JobId=upload_job)
        profiles.list_upload_jobs(DomainName=DOMAIN)
        stopped = profiles.create_upload_job(
            DomainName=DOMAIN, DisplayName="model-check-stopped", Fields=fields, UniqueKey="CustomerId"
        )["JobId"]
        profiles.stop_upload_job(DomainName=DOMAIN, JobId=stopped)
        expect_error(lambda: profiles.get_upload_job(DomainName=DOMAIN, JobId="f" * 32),
                     "ResourceNotFoundException", "customer-profiles GetUploadJob (unknown)", checker)
        groups = {"Groups": [{"Dimensions": [{"ProfileAttributes": {"AccountNumber": {
            "DimensionType": "INCLUSIVE", "Values": ["1"]}}}]}], "Include": "ALL"}
        profiles.create_segment_definition(
            DomainName=DOMAIN, SegmentDefinitionName="model-check", DisplayName="model-check", SegmentGroups=groups
        )
        profiles.get_segment_definition(DomainName=DOMAIN, SegmentDefinitionName="model-check")
        profiles.delete_segment_definition(DomainName=DOMAIN, SegmentDefinitionName="model-check")

    print(json.dumps({
        "botocore": botocore.__version__,
        "python": sys.executable,
        "customerProfilesChecked": profiles_checked,
        "checked": checker.checked,
        "problems": checker.problems,
        "notes": sorted(checker.notes),
    }))
    return 1 if checker.problems else 0


if __name__ == "__main__":
    sys.exit(main())
