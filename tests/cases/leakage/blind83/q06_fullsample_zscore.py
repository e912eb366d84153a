"""Logistic regression on normalised price features for next-day direction."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, accuracy_score, brier_score_loss

FEATURES = ["ret_1d", "ret_5d", "ret_21d", "vol_21", "skew_63", "dist_high_252", "turnover", "overnight"]
SPLIT_DATE = pd.Timestamp("2020-01-01")


def add_features(panel):
    panel = panel.sort_values(["ticker", "date"]).copy()
    by = panel.groupby("ticker")
    panel["ret_1d"] = by["close"].pct_change()
    panel["ret_5d"] = by["close"].pct_change(5)
    panel["ret_21d"] = by["close"].pct_change(21)
    panel["vol_21"] = by["ret_1d"].transform(lambda s: s.rolling(21).std())
    panel["skew_63"] = by["ret_1d"].transform(lambda s: s.rolling(63).skew())
    panel["dist_high_252"] = panel["close"] / by["close"].transform(lambda s: s.rolling(252, min_periods=60).max()) - 1
    panel["turnover"] = np.log1p(panel["volume"] * panel["close"] / panel["mcap"])
    panel["overnight"] = panel["open"] / by["close"].shift(1) - 1
    return panel


def main():
    panel = pd.read_csv("train.csv", parse_dates=["date"])
    test = pd.read_csv("test.csv", parse_dates=["date"])
    panel = add_features(panel).dropna(subset=FEATURES)

    # put all features on a common scale and tame outliers
    for c in FEATURES:
        panel[c] = ((panel[c] - panel[c].mean()) / panel[c].std()).clip(-5, 5)

    tickers = np.sort(panel["ticker"].unique())
    rng = np.random.default_rng(2024)
    val_names = set(rng.choice(tickers, size=int(len(tickers) * 0.25), replace=False))
    tr = panel[(~panel["ticker"].isin(val_names)) & (panel["date"] < SPLIT_DATE)]
    va = panel[(panel["ticker"].isin(val_names)) & (panel["date"] >= SPLIT_DATE)]

    dummy = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr["target_up"])
    lr = LogisticRegression(C=0.05, max_iter=1000).fit(tr[FEATURES], tr["target_up"])

    for name, m in (("baseline", dummy), ("logreg", lr)):
        p = m.predict_proba(va[FEATURES])[:, 1]
        print(f"{name:9s} auc={roc_auc_score(va['target_up'], p):.4f} "
              f"acc={accuracy_score(va['target_up'], p > 0.5):.4f} brier={brier_score_loss(va['target_up'], p):.4f}")

    coefs = pd.Series(lr.coef_[0], index=FEATURES).sort_values()
    print(coefs.round(3))

    # submission: same normalisation applied to the test features
    ref = add_features(pd.read_csv("train.csv", parse_dates=["date"])).dropna(subset=FEATURES)
    full = add_features(pd.concat([pd.read_csv("train.csv", parse_dates=["date"]), test], ignore_index=True))
    te = full[full["row_id"].isin(test["row_id"])].copy()
    for c in FEATURES:
        te[c] = ((te[c] - ref[c].mean()) / ref[c].std()).clip(-5, 5).fillna(0)
    final = LogisticRegression(C=0.05, max_iter=1000).fit(panel[FEATURES], panel["target_up"])
    pd.DataFrame({"row_id": te["row_id"], "prediction": final.predict_proba(te[FEATURES])[:, 1]}) \
        .to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
