"""Account-takeover scoring for login events.

Usage:
    python a16_ato_hgb_time_cutoff.py --valid-days 14
"""
import argparse

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

FEATURES = [
    "new_device", "new_country", "new_ua", "acc_login_no", "hours_since_prev", "acc_fail_1h",
    "acc_fail_24h", "ip_accounts_24h", "dev_accounts_sofar", "hour", "mfa", "login_success",
    "geo_jump",
]


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--valid-days", type=int, default=14)
    ap.add_argument("--budget", type=float, default=0.005, help="share of logins the team can review")
    return ap.parse_args()


def features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.sort_values("login_ts").reset_index(drop=True)
    df["failed"] = 1 - df["login_success"]
    acc = df.groupby("account_id")
    df["new_device"] = (~df.duplicated(["account_id", "device_id"])).astype(int)
    df["new_country"] = (~df.duplicated(["account_id", "ip_country"])).astype(int)
    df["new_ua"] = (~df.duplicated(["account_id", "user_agent_family"])).astype(int)
    df["acc_login_no"] = acc.cumcount()
    df["hours_since_prev"] = acc["login_ts"].diff().dt.total_seconds().div(3600)
    df["geo_jump"] = (df["ip_country"] != acc["ip_country"].shift(1)).astype(int)

    df = df.sort_values(["account_id", "login_ts"]).reset_index(drop=True)
    for w in ("1h", "24h"):
        df[f"acc_fail_{w}"] = (
            df.groupby("account_id").rolling(w, on="login_ts", closed="left")["failed"].sum().values
        )

    # distinct accounts seen on the IP in the previous 24h (credential stuffing)
    df = df.sort_values("login_ts").reset_index(drop=True)
    ip_counts = []
    for _, grp in df.groupby("ip_address", sort=False):
        ts = grp["login_ts"].values
        accs = grp["account_id"].values
        left = np.searchsorted(ts, ts - np.timedelta64(24, "h"), side="left")
        ip_counts.append(pd.Series([len(set(accs[l:i])) for i, l in enumerate(left)], index=grp.index))
    df["ip_accounts_24h"] = pd.concat(ip_counts).sort_index()

    df["dev_accounts_sofar"] = df.groupby("device_id")["account_id"].transform(lambda s: (~s.duplicated()).cumsum())
    df["hour"] = df["login_ts"].dt.hour
    df["mfa"] = df["mfa_used"].astype(int)
    return df


def at_budget(y, s, budget):
    k = max(1, int(round(budget * len(y))))
    top = np.argsort(-s)[:k]
    return y[top].mean(), y[top].sum() / y.sum()


def main():
    args = parse_args()
    train = features(pd.read_csv("train.csv", parse_dates=["login_ts"]))
    test = features(pd.read_csv("test.csv", parse_dates=["login_ts"]))

    cutoff = train["login_ts"].max() - pd.Timedelta(days=args.valid_days)
    fit_df = train[train["login_ts"] <= cutoff]
    val_df = train[train["login_ts"] > cutoff]
    print(f"fit: {len(fit_df)} logins up to {cutoff:%Y-%m-%d %H:%M}; valid: {len(val_df)} logins")
    print("positives fit/valid:", int(fit_df["is_ato"].sum()), int(val_df["is_ato"].sum()))

    model = HistGradientBoostingClassifier(
        learning_rate=0.05, max_iter=500, max_leaf_nodes=31, l2_regularization=1.0,
        class_weight="balanced", random_state=0,
    )
    model.fit(fit_df[FEATURES], fit_df["is_ato"])
    p = model.predict_proba(val_df[FEATURES])[:, 1]

    dummy = DummyClassifier(strategy="prior").fit(fit_df[FEATURES], fit_df["is_ato"])
    p0 = dummy.predict_proba(val_df[FEATURES])[:, 1]

    y = val_df["is_ato"].values
    for name, s in (("dummy baseline", p0), ("hist-gbm", p)):
        prec, rec = at_budget(y, s, args.budget)
        print(f"{name:15s} AP={average_precision_score(y, s):.4f} AUC={roc_auc_score(y, s):.4f} "
              f"precision@budget={prec:.3f} recall@budget={rec:.3f}")

    model.fit(train[FEATURES], train["is_ato"])
    out = pd.DataFrame({"login_id": test["login_id"], "prediction": model.predict_proba(test[FEATURES])[:, 1]})
    out.to_csv("predictions.csv", index=False)
    print("saved", len(out), "predictions")


if __name__ == "__main__":
    main()
