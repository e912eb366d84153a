"""News feed click prediction.

Features: impression context + smoothed article / user click-through rates.
Validation: last 20% of the training period.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.metrics import roc_auc_score, log_loss

SMOOTH = 30


def load():
    train = pd.read_csv("train.csv", parse_dates=["event_time"])
    test = pd.read_csv("test.csv", parse_dates=["event_time"])
    return train.sort_values("event_time").reset_index(drop=True), test


def ctr_tables(log):
    prior = log["clicked"].mean()
    tables = {}
    for key in ["article_id", "user_id", "category"]:
        agg = log.groupby(key)["clicked"].agg(["sum", "count"])
        agg["ctr"] = (agg["sum"] + SMOOTH * prior) / (agg["count"] + SMOOTH)
        tables[key] = agg
    return tables, prior


def add_features(df, tables, prior):
    out = pd.DataFrame(index=df.index)
    out["position"] = df["position"]
    out["hour"] = df["event_time"].dt.hour
    out["dow"] = df["event_time"].dt.dayofweek
    out["article_age_hours"] = df["article_age_hours"]
    out["user_age_days"] = df["user_age_days"]
    out["user_hist_len"] = df["user_hist_len"]
    out["title_len"] = df["title_len"]
    out["is_mobile"] = (df["device"] == "mobile").astype(int)
    for key, agg in tables.items():
        short = key.replace("_id", "")
        out[f"{short}_ctr"] = df[key].map(agg["ctr"]).fillna(prior)
        out[f"{short}_imps"] = df[key].map(agg["count"]).fillna(0)
    return out


def main():
    train, test = load()
    print("rows:", len(train), "CTR:", round(train["clicked"].mean(), 4))

    # click-through-rate lookups from the whole labelled log
    tables, prior = ctr_tables(train)
    X = add_features(train, tables, prior)
    y = train["clicked"].values

    cutoff = train["event_time"].quantile(0.8)
    tr = (train["event_time"] < cutoff).values
    X_tr, X_va, y_tr, y_va = X[tr], X[~tr], y[tr], y[~tr]
    print(f"train {tr.sum()}  valid {(~tr).sum()}  cutoff {cutoff}")

    params = dict(n_estimators=500, learning_rate=0.03, num_leaves=31,
                  min_child_samples=100, colsample_bytree=0.8, random_state=0)
    clf = LGBMClassifier(**params)
    clf.fit(X_tr, y_tr)
    p = clf.predict_proba(X_va)[:, 1]
    print("valid AUC    :", round(roc_auc_score(y_va, p), 4))
    print("valid logloss:", round(log_loss(y_va, p), 4))

    imp = pd.Series(clf.feature_importances_, index=X.columns).sort_values(ascending=False)
    print(imp.head(10).to_string())

    final = LGBMClassifier(**params).fit(X, y)
    X_test = add_features(test, tables, prior)
    pd.DataFrame({"impression_id": test["impression_id"],
                  "prediction": final.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
    print("wrote predictions.csv", len(test))


if __name__ == "__main__":
    main()
