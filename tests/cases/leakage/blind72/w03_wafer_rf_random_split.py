"""Wafer yield screen - random forest on FDC summaries.

Quick model to flag wafers likely to come back low-yield at probe so we can
pull them for inline review before they go to the next litho layer.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

DATA = "train.csv"
CAT_COLS = ["tool_id", "chamber", "recipe"]
DROP = ["wafer_id", "lot_id", "low_yield", "probe_yield_pct", "bin_fail_count"]
SEED = 42


def prep(frame):
    frame = pd.get_dummies(frame, columns=CAT_COLS, drop_first=True)
    # -999 for missing sensor summaries, trees can split it off
    return frame.fillna(-999)


df = pd.read_csv(DATA)
print("rows: %d, lots: %d" % (len(df), df["lot_id"].nunique()))
print("low_yield share: %.3f" % df["low_yield"].mean())

df = prep(df)
X = df.drop(columns=DROP)
y = df["low_yield"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=SEED
)

rf = RandomForestClassifier(
    n_estimators=400, min_samples_leaf=3, max_features="sqrt", n_jobs=-1, random_state=SEED
)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)
print("test accuracy: %.4f" % accuracy_score(y_test, pred))

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print("top drivers:")
print(imp.head(12).to_string())

# final model on everything, predict the holdout wafers
rf.fit(X, y)
test = pd.read_csv("test.csv")
X_new = prep(test).reindex(columns=X.columns, fill_value=0)
out = pd.DataFrame({"wafer_id": test["wafer_id"], "prediction": rf.predict_proba(X_new)[:, 1]})
out.to_csv("predictions.csv", index=False)
print("saved predictions.csv", out.shape)
