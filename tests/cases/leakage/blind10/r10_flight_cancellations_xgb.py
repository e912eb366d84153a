"""Flight cancellation model: chronological train / validation / test, early stopping on validation."""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import average_precision_score, roc_auc_score

USE = ["FL_DATE", "OP_CARRIER", "ORIGIN", "DEST", "CRS_DEP_TIME", "DISTANCE",
       "CRS_ELAPSED_TIME", "CANCELLED"]


def load(path):
    df = pd.read_csv(path, usecols=USE, parse_dates=["FL_DATE"])
    df = df.sort_values("FL_DATE").reset_index(drop=True)
    df["month"] = df["FL_DATE"].dt.month
    df["dow"] = df["FL_DATE"].dt.dayofweek
    df["dep_hour"] = df["CRS_DEP_TIME"] // 100
    df["is_weekend"] = (df["dow"] >= 5).astype(int)
    return df


flights = load("flights_2019.csv")
print(flights.shape, flights["CANCELLED"].mean().round(4))
print(flights.groupby("month")["CANCELLED"].mean().round(4))  # seasonality, EDA only

# one-hot of carrier and the 40 biggest airports (fixed list from the airport table)
big_airports = pd.read_csv("airports_top40.csv")["iata"].tolist()
for col in ["ORIGIN", "DEST"]:
    flights[col] = flights[col].where(flights[col].isin(big_airports), "OTHER")
flights = pd.get_dummies(flights, columns=["OP_CARRIER", "ORIGIN", "DEST"], dtype=np.uint8)

features = [c for c in flights.columns if c not in ("FL_DATE", "CANCELLED", "CRS_DEP_TIME")]

train = flights[flights["FL_DATE"] < "2019-09-01"]
valid = flights[(flights["FL_DATE"] >= "2019-09-01") & (flights["FL_DATE"] < "2019-11-01")]
test = flights[flights["FL_DATE"] >= "2019-11-01"]
for name, part in [("train", train), ("valid", valid), ("test", test)]:
    print(name, part["FL_DATE"].min().date(), part["FL_DATE"].max().date(), len(part))

neg, pos = np.bincount(train["CANCELLED"])
clf = xgb.XGBClassifier(
    n_estimators=4000,
    learning_rate=0.05,
    max_depth=7,
    subsample=0.8,
    colsample_bytree=0.8,
    scale_pos_weight=neg / pos,
    eval_metric="aucpr",
    early_stopping_rounds=100,
    tree_method="hist",
    n_jobs=-1,
)
clf.fit(train[features], train["CANCELLED"],
        eval_set=[(valid[features], valid["CANCELLED"])], verbose=250)
print("best iteration:", clf.best_iteration)

p_test = clf.predict_proba(test[features])[:, 1]
print("test ROC AUC %.4f | PR AUC %.4f" % (roc_auc_score(test["CANCELLED"], p_test),
                                           average_precision_score(test["CANCELLED"], p_test)))
