"""News feed click prediction.

Article / user / category CTR features computed only from impressions that happened
before the row being scored: within the fitting period a running (shifted) count, and
for later rows the totals of the fitting period.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.metrics import roc_auc_score, log_loss

SMOOTH = 30
KEYS = ["article_id", "user_id", "category"]


def load():
    train = pd.read_csv("train.csv", parse_dates=["event_time"])
    test = pd.read_csv("test.csv", parse_dates=["event_time"])
    return train.sort_values("event_time").reset_index(drop=True), test


def base_features(df):
    out = pd.DataFrame(index=df.index)
    out["position"] = df["position"]
    out["hour"] = df["event_time"].dt.hour
    out["dow"] = df["event_time"].dt.dayofweek
    out["article_age_hours"] = df["article_age_hours"]
    out["user_age_days"] = df["user_age_days"]
    out["user_hist_len"] = df["user_hist_len"]
    out["title_len"] = df["title_len"]
    out["is_mobile"] = (df["device"] == "mobile").astype(int)
    return out


def running_ctr(log, prior):
    """CTR from strictly earlier rows of `log` (sorted by time)."""
    out = pd.DataFrame(index=log.index)
    for key in KEYS:
        g = log.groupby(key)["clicked"]
        prev_clicks = g.cumsum() - log["clicked"]
        prev_imps = g.cumcount()
        short = key.replace("_id", "")
        out[f"{short}_ctr"] = (prev_clicks + SMOOTH * prior) / (prev_imps + SMOOTH)
        out[f"{short}_imps"] = prev_imps
    return out


def frozen_ctr(history, df, prior):
    """CTR from a finished history log, applied to later rows."""
    out = pd.DataFrame(index=df.index)
    for key in KEYS:
        agg = history.groupby(key)["clicked"].agg(["sum", "count"])
        s = df[key].map(agg["sum"]).fillna(0)
        c = df[key].map(agg["count"]).fillna(0)
        short = key.replace("_id", "")
        out[f"{short}_ctr"] = (s + SMOOTH * prior) / (c + SMOOTH)
        out[f"{short}_imps"] = c
    return out


def main():
    train, test = load()
    cutoff = train["event_time"].quantile(0.8)
    fit = train[train["event_time"] < cutoff]
    val = train[train["event_time"] >= cutoff]
    prior = fit["clicked"].mean()

    X_fit = pd.concat([base_features(fit), running_ctr(fit, prior)], axis=1)
    X_val = pd.concat([base_features(val), frozen_ctr(fit, val, prior)], axis=1)
    y_fit, y_val = fit["clicked"].values, val["clicked"].values

    params = dict(n_estimators=500, learning_rate=0.03, num_leaves=31,
                  min_child_samples=100, colsample_bytree=0.8, random_state=0)
    clf = LGBMClassifier(**params).fit(X_fit, y_fit)
    p = clf.predict_proba(X_val)[:, 1]

    base = np.full(len(y_val), prior)
    print(f"baseline (constant CTR {prior:.4f}) logloss: {log_loss(y_val, base):.4f}")
    print(f"model AUC    : {roc_auc_score(y_val, p):.4f}")
    print(f"model logloss: {log_loss(y_val, p):.4f}")

    # final fit on the whole labelled period; test rows get the full-history CTRs
    prior_all = train["clicked"].mean()
    X_all = pd.concat([base_features(train), running_ctr(train, prior_all)], axis=1)
    final = LGBMClassifier(**params).fit(X_all, train["clicked"].values)
    X_test = pd.concat([base_features(test), frozen_ctr(train, test, prior_all)], axis=1)
    pd.DataFrame({"impression_id": test["impression_id"],
                  "prediction": final.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
