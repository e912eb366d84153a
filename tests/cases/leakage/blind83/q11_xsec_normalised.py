"""Cross-sectionally normalised signals for next-day direction.

Each feature is z-scored across tickers within the same date (using only that day's cross-section)
and rolling z-scores use trailing windows that end at the current close.
Validation: 25% of tickers never seen in training, dates after the training window plus a 5-day gap.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, log_loss, accuracy_score

RAW = ["mom_5", "mom_21", "mom_63", "vol_21", "rz_close_20", "rz_volume_20", "hl_10"]
TRAIN_END = pd.Timestamp("2019-12-31")
GAP_DAYS = 5


def rolling_z(s, w):
    m = s.rolling(w).mean()
    sd = s.rolling(w).std()
    return (s - m) / sd


def build(df):
    df = df.sort_values(["ticker", "date"]).copy()
    g = df.groupby("ticker")
    df["r1"] = g["close"].pct_change()
    df["mom_5"] = g["close"].pct_change(5)
    df["mom_21"] = g["close"].pct_change(21)
    df["mom_63"] = g["close"].pct_change(63)
    df["vol_21"] = df.groupby("ticker")["r1"].transform(lambda s: s.rolling(21).std())
    df["rz_close_20"] = g["close"].transform(lambda s: rolling_z(s, 20))
    df["rz_volume_20"] = g["volume"].transform(lambda s: rolling_z(np.log1p(s), 20))
    df["hl_10"] = ((df["high"] - df["low"]) / df["close"]).groupby(df["ticker"]).transform(lambda s: s.rolling(10).mean())
    day = df.groupby("date")
    for c in RAW:
        df[c + "_cs"] = (df[c] - day[c].transform("mean")) / day[c].transform("std")
    df["mom_21_rank"] = day["mom_21"].rank(pct=True)
    return df


FEATURES = [c + "_cs" for c in RAW] + ["mom_21_rank"]


def main():
    train = pd.read_csv("train.csv", parse_dates=["date"])
    test = pd.read_csv("test.csv", parse_dates=["date"])
    full = build(pd.concat([train, test], ignore_index=True))
    lab = full[full["row_id"].isin(train["row_id"])].dropna(subset=FEATURES + ["target_up"])
    te = full[full["row_id"].isin(test["row_id"])]

    names = np.sort(lab["ticker"].unique())
    rng = np.random.default_rng(42)
    val_names = set(rng.choice(names, size=len(names) // 4, replace=False))
    dates = np.sort(lab["date"].unique())
    val_start = dates[np.searchsorted(dates, np.datetime64(TRAIN_END), side="right") + GAP_DAYS]

    tr = lab[~lab["ticker"].isin(val_names) & (lab["date"] <= TRAIN_END)]
    va = lab[lab["ticker"].isin(val_names) & (lab["date"] >= val_start)]
    print(f"train {tr.shape}, valid {va.shape}, valid starts {pd.Timestamp(val_start).date()}")

    base = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr["target_up"])
    hgb = HistGradientBoostingClassifier(learning_rate=0.03, max_iter=500, max_leaf_nodes=15,
                                         min_samples_leaf=500, l2_regularization=5.0, random_state=0)
    hgb.fit(tr[FEATURES], tr["target_up"].astype(int))

    pb = base.predict_proba(va[FEATURES])[:, 1]
    pm = hgb.predict_proba(va[FEATURES])[:, 1]
    print(f"baseline  logloss={log_loss(va['target_up'], pb):.5f}  auc=0.5")
    print(f"hgb       logloss={log_loss(va['target_up'], pm):.5f}  auc={roc_auc_score(va['target_up'], pm):.4f}  "
          f"acc={accuracy_score(va['target_up'], pm > 0.5):.4f}")

    daily_auc = va.assign(p=pm).groupby("date").apply(
        lambda d: roc_auc_score(d["target_up"], d["p"]) if d["target_up"].nunique() == 2 else np.nan)
    print("mean daily AUC:", round(daily_auc.mean(), 4), "share of days > 0.5:", round((daily_auc > 0.5).mean(), 3))

    hgb.fit(lab[FEATURES], lab["target_up"].astype(int))
    pd.DataFrame({"row_id": te["row_id"], "prediction": hgb.predict_proba(te[FEATURES])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
