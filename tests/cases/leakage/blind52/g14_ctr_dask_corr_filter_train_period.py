"""Click-through prediction with dask + dask-ml.

Run: python ctr_dask.py   (expects train.csv / test.csv next to it)
"""
import dask
import dask.dataframe as dd
import numpy as np
import pandas as pd
from dask_ml.linear_model import LogisticRegression
from dask_ml.preprocessing import StandardScaler
from sklearn.metrics import roc_auc_score, log_loss, average_precision_score

TARGET = "clicked"
ID = "impression_id"
NEVER_USE = [ID, TARGET, "dwell_seconds", "conversion_value", "event_time", "user_id"]


def add_features(part: pd.DataFrame) -> pd.DataFrame:
    part = part.copy()
    part["hour"] = part["event_time"].dt.hour
    part["dow"] = part["event_time"].dt.dayofweek
    part["user_ctr_hist"] = part["user_past_clicks"] / (part["user_past_impressions"] + 1)
    part["log_bid"] = np.log1p(part["bid_price"])
    part["top_slot"] = (part["position"] <= 2).astype("int8")
    part["is_mobile"] = (part["device"] == "mobile").astype("int8")
    part["is_feed"] = (part["placement"] == "feed").astype("int8")
    return part


def load(path):
    ddf = dd.read_csv(path, parse_dates=["event_time"], blocksize="32MB")
    return ddf.map_partitions(add_features)


def main():
    ddf = load("train.csv").persist()
    n, ctr = dask.compute(ddf.shape[0], ddf[TARGET].mean())
    print(f"{n:,} impressions, CTR {ctr:.4f}")
    print(ddf.groupby("placement")[TARGET].mean().compute())
    print(ddf.groupby("hour")[TARGET].mean().compute().sort_index())

    numeric = [c for c, t in ddf.dtypes.items()
               if c not in NEVER_USE and np.issubdtype(t, np.number)]

    # last 20% of the time range is validation
    tmin, tmax = dask.compute(ddf["event_time"].min(), ddf["event_time"].max())
    cutoff = tmin + (tmax - tmin) * 0.8
    train = ddf[ddf["event_time"] < cutoff]
    valid = ddf[ddf["event_time"] >= cutoff]

    # keep the features that move with the label at all (training period only)
    corr = train[numeric + [TARGET]].corr().compute()[TARGET].drop(TARGET)
    ranked = corr.abs().sort_values(ascending=False)
    print(ranked.head(20))
    features = ranked[ranked > 0.01].index[:12].tolist()
    print("using", features)

    X_tr = train[features].to_dask_array(lengths=True)
    y_tr = train[TARGET].to_dask_array(lengths=True)
    X_va = valid[features].to_dask_array(lengths=True)
    y_va = valid[TARGET].to_dask_array(lengths=True)

    scaler = StandardScaler().fit(X_tr)
    X_tr, X_va = scaler.transform(X_tr), scaler.transform(X_va)

    lr = LogisticRegression(C=1.0, solver="lbfgs", max_iter=200)
    lr.fit(X_tr, y_tr)
    p_va, y_true, train_ctr = dask.compute(lr.predict_proba(X_va)[:, 1], y_va, y_tr.mean())

    # baseline: predict the training-period CTR for every impression
    p_base = np.full(len(y_true), train_ctr)
    print(f"logreg   AUC {roc_auc_score(y_true, p_va):.4f}  AP {average_precision_score(y_true, p_va):.4f}  "
          f"logloss {log_loss(y_true, p_va):.4f}")
    print(f"baseline AUC {roc_auc_score(y_true, p_base):.4f}  AP {average_precision_score(y_true, p_base):.4f}  "
          f"logloss {log_loss(y_true, p_base):.4f}   (constant train CTR)")

    # refit on all labelled rows and score test.csv
    X_all = ddf[features].to_dask_array(lengths=True)
    y_all = ddf[TARGET].to_dask_array(lengths=True)
    scaler = StandardScaler().fit(X_all)
    lr.fit(scaler.transform(X_all), y_all)

    test = load("test.csv")
    X_te = scaler.transform(test[features].to_dask_array(lengths=True))
    ids, p_te = dask.compute(test[ID], lr.predict_proba(X_te)[:, 1])
    pd.DataFrame({ID: ids.to_numpy(), "prediction": p_te}).to_csv("predictions.csv", index=False)
    print("predictions.csv written:", len(ids))


if __name__ == "__main__":
    main()
