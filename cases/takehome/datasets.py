"""Seeded synthetic data sets for the take-home tasks.

Each generator takes ``seed`` and ``size`` and returns a :class:`TaskData`:
``train`` (features and the target), ``test`` (features only, one row per id
to predict) and ``labels`` (id and target of the test rows, the hidden
holdout). Same seed and size give the same frames, hence byte-identical CSVs.

Both data sets carry trap columns: values recorded after the outcome, present
in train and test alike, so a model that uses them scores far above what the
honest features allow on the hidden holdout.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class TaskData:
    train: pd.DataFrame
    test: pd.DataFrame
    labels: pd.DataFrame


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


# --------------------------------------------------------------------------- churn
CHURN_MONTHS = 12
CHURN_TEST_FROM_MONTH = 9  # months 9..11 are the later period predicted on the holdout
CHURN_TEST_SHARE = 0.3  # share of customers held out; their rows are only in the test period
CHURN_PLANS = ("basic", "standard", "premium")
CHURN_REGIONS = ("north", "south", "east", "west")


def churn_snapshots(*, seed: int, size: int) -> TaskData:
    """Monthly snapshots of ``size`` subscription customers over twelve months.

    Row = (customer, month) while the customer is active; ``churned_next_month``
    says whether the customer leaves before the next snapshot, after which the
    customer has no more rows. A latent risk drives engagement, tickets, payment
    failures and the churn hazard; the features only show it partially.

    Train holds the first nine months of 70% of the customers; test holds the
    last three months of the other 30%, so the holdout is both later in time
    and made of customers the training rows never show.
    Trap columns (recorded after the outcome): ``retention_offer_accepted``
    (retention desk call, made once cancellation was requested) and
    ``account_closed_date_known``.
    """
    if size < 20:
        raise ValueError("size must be at least 20 customers")
    rng = np.random.default_rng(seed)
    n = size
    risk = rng.normal(size=n)
    plan_logits = np.stack([0.6 * risk, np.zeros(n), -0.6 * risk], axis=1)
    plan_p = np.exp(plan_logits) / np.exp(plan_logits).sum(axis=1, keepdims=True)
    plan_idx = (rng.random(n)[:, None] > np.cumsum(plan_p, axis=1)).sum(axis=1)
    region_idx = rng.integers(0, len(CHURN_REGIONS), n)
    first_month = np.where(rng.random(n) < 0.75, 0, rng.integers(1, CHURN_MONTHS - 2, n))
    tenure0 = np.where(first_month == 0, rng.integers(0, 48, n), 0)
    base_charge = np.array([19.0, 39.0, 69.0])[plan_idx]
    plan_hazard = np.array([0.35, 0.0, -0.3])[plan_idx]
    held_out = rng.permutation(n) < int(round(CHURN_TEST_SHARE * n))

    engagement = rng.normal(-0.5 * risk, 0.5)
    active = np.ones(n, dtype=bool)
    rows = []
    for month in range(CHURN_MONTHS):
        engagement = 0.7 * engagement + 0.3 * (-risk) + rng.normal(0, 0.45, n)
        present = active & (first_month <= month)
        tenure = tenure0 + np.maximum(month - first_month, 0)
        logins = rng.poisson(np.exp(2.4 + 0.45 * engagement))
        days_since_login = np.minimum(
            np.round(rng.exponential(np.exp(1.2 - 0.9 * engagement))), 30).astype(int)
        days_since_login = np.where(logins == 0, 30, days_since_login)
        tickets = rng.poisson(np.exp(-1.4 + 0.55 * risk - 0.2 * engagement))
        failures = rng.poisson(np.exp(-2.2 + 0.5 * risk))
        discount = rng.random(n) < 0.15
        charges = np.round(base_charge * np.where(discount, 0.8, 1.0) + rng.normal(0, 2.0, n), 2)
        hazard = (-3.0 + 0.55 * risk - 0.55 * engagement + 0.25 * tickets + 0.45 * failures
                  - 0.015 * tenure + plan_hazard + 0.25 * discount)
        churn = rng.random(n) < _sigmoid(hazard)
        offer = np.where(churn, rng.random(n) < 0.55, rng.random(n) < 0.02)
        closed_known = np.where(churn, rng.random(n) < 0.8, rng.random(n) < 0.004)
        idx = np.flatnonzero(present)
        rows.append(pd.DataFrame({
            "customer_index": idx,
            "month": month,
            "tenure_months": tenure[idx],
            "plan": np.array(CHURN_PLANS)[plan_idx[idx]],
            "region": np.array(CHURN_REGIONS)[region_idx[idx]],
            "monthly_charges": charges[idx],
            "has_discount": discount[idx].astype(int),
            "logins_30d": logins[idx],
            "days_since_last_login": days_since_login[idx],
            "support_tickets_30d": tickets[idx],
            "payment_failures_90d": failures[idx],
            "retention_offer_accepted": offer[idx].astype(int),
            "account_closed_date_known": closed_known[idx].astype(int),
            "churned_next_month": churn[idx].astype(int),
        }))
        active &= ~(present & churn)
    frame = pd.concat(rows, ignore_index=True).sort_values(["month", "customer_index"], kind="stable")
    frame = frame.reset_index(drop=True)
    frame.insert(0, "snapshot_id", [f"snap-{k:06d}" for k in range(1, len(frame) + 1)])
    frame.insert(1, "customer_id", [f"cust-{k:05d}" for k in frame["customer_index"] + 1])
    frame.insert(2, "snapshot_month", pd.to_datetime(
        {"year": 2024 + frame["month"] // 12, "month": frame["month"] % 12 + 1, "day": 1}).dt.strftime("%Y-%m-%d"))
    is_test = held_out[frame["customer_index"].to_numpy()]
    later = frame["month"].to_numpy() >= CHURN_TEST_FROM_MONTH
    frame = frame.drop(columns=["customer_index", "month"])
    train = frame[~is_test & ~later].reset_index(drop=True)
    test_full = frame[is_test & later].reset_index(drop=True)
    return _split(train, test_full, id_column="snapshot_id", target="churned_next_month")


# --------------------------------------------------------------------------- fraud
FRAUD_RATE = 0.03
FRAUD_TEST_SHARE = 0.25
FRAUD_CATEGORIES = ("grocery", "fuel", "restaurants", "online_retail", "travel", "electronics", "gaming")
_CATEGORY_P_LEGIT = np.array([0.30, 0.15, 0.20, 0.18, 0.07, 0.06, 0.04])
_CATEGORY_P_FRAUD = np.array([0.08, 0.06, 0.06, 0.32, 0.14, 0.20, 0.14])


def card_fraud(*, seed: int, size: int) -> TaskData:
    """``size`` card transactions, about 3% fraudulent.

    Fraud shifts amount, merchant category, hour, card presence, distance from
    home, recent velocity and country mismatch, each with heavy overlap, so the
    honest features separate the classes only partly. Transactions are
    independent; the holdout is a random quarter of them.
    Trap column: ``chargeback_flag``, filed by the card holder weeks after the
    transaction and known only once the fraud was discovered.
    """
    if size < 100:
        raise ValueError("size must be at least 100 transactions")
    rng = np.random.default_rng(seed)
    n = size
    fraud = rng.random(n) < FRAUD_RATE
    n_fraud = int(fraud.sum())
    category = np.empty(n, dtype=object)
    category[~fraud] = rng.choice(FRAUD_CATEGORIES, size=n - n_fraud, p=_CATEGORY_P_LEGIT)
    category[fraud] = rng.choice(FRAUD_CATEGORIES, size=n_fraud, p=_CATEGORY_P_FRAUD)
    amount = np.round(np.exp(np.where(fraud, rng.normal(4.0, 1.1, n), rng.normal(3.4, 1.0, n))), 2)
    night = rng.random(n) < np.where(fraud, 0.35, 0.12)
    hour = np.where(night, rng.integers(0, 6, n), rng.integers(6, 24, n))
    card_present = (rng.random(n) < np.where(fraud, 0.35, 0.7)).astype(int)
    distance = np.round(rng.exponential(np.where(fraud, 60.0, 15.0)), 1)
    velocity = rng.poisson(np.where(fraud, 4.0, 2.0))
    mismatch = (rng.random(n) < np.where(fraud, 0.12, 0.02)).astype(int)
    card_age = rng.integers(10, 3000, n)
    card_age = np.where(fraud & (rng.random(n) < 0.3), rng.integers(1, 60, n), card_age)
    chargeback = np.where(fraud, rng.random(n) < 0.9, rng.random(n) < 0.002).astype(int)
    frame = pd.DataFrame({
        "transaction_id": [f"tx-{k:07d}" for k in range(1, n + 1)],
        "amount": amount,
        "merchant_category": category.astype(str),
        "hour": hour,
        "card_present": card_present,
        "distance_from_home_km": distance,
        "txn_count_24h": velocity,
        "country_mismatch": mismatch,
        "card_age_days": card_age,
        "chargeback_flag": chargeback,
        "is_fraud": fraud.astype(int),
    })
    is_test = rng.permutation(n) < int(round(FRAUD_TEST_SHARE * n))
    return _split(frame[~is_test].reset_index(drop=True), frame[is_test].reset_index(drop=True),
                  id_column="transaction_id", target="is_fraud")


def _split(train: pd.DataFrame, test_full: pd.DataFrame, *, id_column: str, target: str) -> TaskData:
    labels = test_full[[id_column, target]].reset_index(drop=True)
    return TaskData(train=train, test=test_full.drop(columns=[target]), labels=labels)


GENERATORS: dict[str, Callable[..., TaskData]] = {
    "churn_snapshots": churn_snapshots,
    "card_fraud": card_fraud,
}


def dataset_generate(*, generator: str, seed: int, size: int) -> TaskData:
    try:
        make = GENERATORS[generator]
    except KeyError:
        raise ValueError(f"unknown data set generator {generator!r}; known: {', '.join(sorted(GENERATORS))}") from None
    return make(seed=seed, size=size)


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The one CSV rendering used for every file, so equal frames give equal bytes."""
    return frame.to_csv(index=False, lineterminator="\n").encode("utf-8")
