"""CTR take-home: will this impression be clicked?

Validation = last day of train.csv (the test file is the next day). XGBoost on hashed ids + user history counts.
"""
import gc

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score
from xgboost import XGBClassifier

TARGET, ID, TS = "clicked", "impression_id", "event_time"
CFG = dict(n_estimators=500, max_depth=8, lr=0.08, seed=12)
ID_COLS = ["site_id", "app_id", "device_model", "banner_pos", "ad_id", "campaign_id",
           "C14", "C17", "C18", "C19", "C20", "C21"]


def history_features(df):
    df = df.sort_values([TS, ID]).reset_index(drop=True)
    df["hour"] = df[TS].dt.hour
    df["weekday"] = df[TS].dt.weekday
    sec = df[TS].astype("int64") // 10**9
    df["u_n_prev"] = df.groupby("user_id").cumcount()
    df["u_gap_prev"] = sec - sec.groupby(df["user_id"]).shift(1)
    df["u_site_n_prev"] = df.groupby(["user_id", "site_id"]).cumcount()
    df["u_camp_n_prev"] = df.groupby(["user_id", "campaign_id"]).cumcount()
    df["u_camp_gap_prev"] = sec - sec.groupby([df["user_id"], df["campaign_id"]]).shift(1)
    return df


def main():
    train = pd.read_csv("train.csv", parse_dates=[TS])
    test = pd.read_csv("test.csv", parse_dates=[TS])
    print(train.shape, test.shape)
    print(train[TARGET].value_counts(normalize=True))

    full = history_features(pd.concat([train, test], ignore_index=True))
    feats = ID_COLS + ["hour", "weekday", "u_n_prev", "u_gap_prev", "u_site_n_prev", "u_camp_n_prev",
                       "u_camp_gap_prev"]
    labelled, unlabelled = full[full[TARGET].notna()], full[full[TARGET].isna()]
    del full
    gc.collect()

    last_day = labelled[TS].dt.normalize().max()
    tr = labelled[labelled[TS] < last_day]
    va = labelled[labelled[TS] >= last_day]
    print("train", tr[TS].min(), "->", tr[TS].max(), "| valid", va[TS].min(), "->", va[TS].max())

    model = XGBClassifier(n_estimators=CFG["n_estimators"], max_depth=CFG["max_depth"],
                          learning_rate=CFG["lr"], subsample=0.8, colsample_bytree=0.8,
                          min_child_weight=10, tree_method="hist", random_state=CFG["seed"])
    model.fit(tr[feats], tr[TARGET].astype(int))
    va_pred = model.predict(va[feats])

    dummy = DummyClassifier(strategy="most_frequent").fit(tr[feats], tr[TARGET].astype(int))
    print(f"baseline (always 'no click') accuracy: {accuracy_score(va[TARGET], dummy.predict(va[feats])):.4f}")
    print(f"xgboost accuracy                     : {accuracy_score(va[TARGET], va_pred):.4f}")

    model.fit(labelled[feats], labelled[TARGET].astype(int))
    out = pd.DataFrame({ID: unlabelled[ID].values, "prediction": model.predict_proba(unlabelled[feats])[:, 1]})
    out.to_csv("predictions.csv", index=False)
    print(out["prediction"].describe())


if __name__ == "__main__":
    main()
