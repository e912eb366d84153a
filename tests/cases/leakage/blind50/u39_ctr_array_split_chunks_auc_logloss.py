# -*- coding: utf-8 -*-
"""Click prediction for the ads take-home.

Impressions are sorted by time and cut into 5 equal chunks with np.array_split; the first four
chunks train the model, the last (most recent) chunk is the evaluation period.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, log_loss, roc_auc_score

TARGET = "clicked"
POST_CLICK = ["conversion_value", "post_click_dwell_sec"]
CATEGORICAL = ["site_category", "device_type", "os", "user_age_bucket"]
NUMERIC = ["bid_price", "position", "user_past_clicks_30d", "banner_w", "banner_h"]


def read(path):
    frame = pd.read_csv(path, parse_dates=["event_time"])
    frame["hour"] = frame["event_time"].dt.hour
    frame["is_weekend"] = (frame["event_time"].dt.dayofweek >= 5).astype(int)
    return frame


def matrix(frame, columns=None):
    X = pd.concat([frame[NUMERIC + ["hour", "is_weekend"]],
                   pd.get_dummies(frame[CATEGORICAL], dtype=np.uint8)], axis=1)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0)
    return X


def describe(frame):
    print("rows:", len(frame), "| clicks:", int(frame[TARGET].sum()),
          "| CTR: %.4f" % frame[TARGET].mean())
    print("period:", frame["event_time"].min(), "->", frame["event_time"].max())
    print(frame.groupby("device_type")[TARGET].mean().round(4).to_string())


def main():
    data = read("train.csv").sort_values("event_time", kind="mergesort").reset_index(drop=True)
    to_predict = read("test.csv")
    describe(data)

    chunks = np.array_split(data, 5)
    for i, ch in enumerate(chunks):
        print(f"chunk {i}: {ch['event_time'].min():%Y-%m-%d} .. {ch['event_time'].max():%Y-%m-%d}  "
              f"ctr={ch[TARGET].mean():.4f}")
    fit_rows = pd.concat(chunks[:4])
    eval_rows = chunks[4]

    X_fit = matrix(fit_rows)
    X_eval = matrix(eval_rows, X_fit.columns)
    y_fit, y_eval = fit_rows[TARGET], eval_rows[TARGET]

    forest = RandomForestClassifier(n_estimators=250, max_depth=16, min_samples_leaf=25,
                                    class_weight={0: 1, 1: 5}, n_jobs=-1, random_state=11)
    forest.fit(X_fit, y_fit)
    majority = DummyClassifier(strategy="most_frequent").fit(X_fit, y_fit)

    print("\nevaluation chunk")
    for name, est in [("majority class", majority), ("random forest", forest)]:
        proba_eval = est.predict_proba(X_eval)[:, 1]
        print("  %-15s accuracy=%.4f  roc_auc=%.4f  log_loss=%.5f" % (
            name, accuracy_score(y_eval, est.predict(X_eval)),
            roc_auc_score(y_eval, proba_eval), log_loss(y_eval, proba_eval)))

    top = pd.Series(forest.feature_importances_, index=X_fit.columns).nlargest(10)
    print(top.round(4).to_string())

    X_all = matrix(data)
    forest.fit(X_all, data[TARGET])
    proba = forest.predict_proba(matrix(to_predict, X_all.columns))[:, 1]
    pd.DataFrame({"impression_id": to_predict["impression_id"], "prediction": proba}).to_csv(
        "predictions.csv", index=False)
    print("saved predictions for", len(proba), "impressions")


if __name__ == "__main__":
    main()
