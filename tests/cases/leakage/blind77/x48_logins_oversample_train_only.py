"""
Account takeover model.

Only ~0.6% of logins are takeovers, so the positive rows of the *training window* are replicated
(x20) to give the classifier something to learn from. Evaluation: later time window, unseen users
only, left at its natural class balance.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, recall_score, precision_score

REPLICATE = 20
SEED = 3

FEATURES = ["is_new_device", "is_new_country", "hour", "failed_attempts_1h", "geo_velocity_kmh",
            "mfa_push", "mfa_sms", "mfa_none", "legacy_auth", "ua_headless"]


def engineer(df):
    df = df.copy()
    df["mfa_push"] = (df["mfa_method"] == "push").astype(int)
    df["mfa_sms"] = (df["mfa_method"] == "sms").astype(int)
    df["mfa_none"] = df["mfa_method"].isna() | (df["mfa_method"] == "none")
    df["mfa_none"] = df["mfa_none"].astype(int)
    df["legacy_auth"] = df["auth_protocol"].isin(["imap", "pop3", "smtp", "basic"]).astype(int)
    df["ua_headless"] = df["user_agent_family"].str.contains("headless|python|curl", case=False, na=False).astype(int)
    df["geo_velocity_kmh"] = df["geo_velocity_kmh"].fillna(0)
    return df


def replicate_positives(df, k):
    pos = df[df.is_takeover == 1]
    return pd.concat([df] + [pos] * (k - 1), ignore_index=True)


logins = engineer(pd.read_csv("train.csv", parse_dates=["login_time"]))
print(f"{len(logins)} logins, {logins.is_takeover.sum()} takeovers")

# --- split: time cut, then keep only never-seen users on the evaluation side ---
logins = logins.sort_values("login_time")
cut = logins.login_time.quantile(0.75)
train = logins[logins.login_time < cut]
evalset = logins[(logins.login_time >= cut) & ~logins.user_id.isin(train.user_id)]
print(f"train {len(train)} | eval {len(evalset)} ({evalset.is_takeover.sum()} takeovers)")

# --- rebalance the training window only ---
train_bal = replicate_positives(train, REPLICATE)
print(f"train after replication: {len(train_bal)} rows, positive share {train_bal.is_takeover.mean():.3f}")

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=3, n_jobs=-1, random_state=SEED)
rf.fit(train_bal[FEATURES], train_bal.is_takeover)
dummy = DummyClassifier(strategy="prior").fit(train[FEATURES], train.is_takeover)

p = rf.predict_proba(evalset[FEATURES])[:, 1]
print(f"dummy  AP={average_precision_score(evalset.is_takeover, dummy.predict_proba(evalset[FEATURES])[:, 1]):.4f}")
print(f"RF     AP={average_precision_score(evalset.is_takeover, p):.4f}  AUC={roc_auc_score(evalset.is_takeover, p):.4f}")
print(f"RF     precision={precision_score(evalset.is_takeover, p > 0.5):.3f} recall={recall_score(evalset.is_takeover, p > 0.5):.3f}")

full_bal = replicate_positives(logins, REPLICATE)
rf.fit(full_bal[FEATURES], full_bal.is_takeover)
test = engineer(pd.read_csv("test.csv", parse_dates=["login_time"]))
pd.DataFrame({"login_id": test.login_id, "prediction": rf.predict_proba(test[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False)
