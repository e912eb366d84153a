"""tsfresh features for activity windows + random forest.

Long format for tsfresh: one row per (window, sample), column_id = window id,
column_sort = position inside the window, one column per sensor channel.
"""
import numpy as np
import pandas as pd
from numpy.lib.stride_tricks import sliding_window_view
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import accuracy_score, f1_score, classification_report
from tsfresh import extract_features, select_features
from tsfresh.feature_extraction import EfficientFCParameters

CHANNELS = ["acc_x", "acc_y", "acc_z", "gyro_x", "gyro_y", "gyro_z"]
WIN, STRIDE = 128, 64

train = pd.read_csv("train.csv").sort_values(["recording_id", "t"])

long_parts, meta = [], []
wid = 0
for rid, rec in train.groupby("recording_id"):
    vals = rec[CHANNELS].to_numpy()
    acts = rec["activity"].to_numpy()
    for start in range(0, len(rec) - WIN + 1, STRIDE):
        chunk = pd.DataFrame(vals[start:start + WIN], columns=CHANNELS)
        chunk["win"] = wid
        chunk["pos"] = np.arange(WIN)
        long_parts.append(chunk)
        meta.append((wid, rec["subject_id"].iloc[0], pd.Series(acts[start:start + WIN]).mode().iloc[0]))
        wid += 1
long_df = pd.concat(long_parts, ignore_index=True)
meta = pd.DataFrame(meta, columns=["win", "subject_id", "activity"]).set_index("win")
y = meta["activity"]

X_all = extract_features(
    long_df, column_id="win", column_sort="pos",
    default_fc_parameters=EfficientFCParameters(), n_jobs=4,
)
# drop features that are undefined for some windows (e.g. constant segments)
X_all = X_all.replace([np.inf, -np.inf], np.nan).dropna(axis=1)

# relevance filtering (Benjamini-Hochberg on per-feature hypothesis tests)
X = select_features(X_all, y.loc[X_all.index], multiclass=True, fdr_level=0.01)
print("extracted:", X_all.shape[1], "relevant:", X.shape[1])

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=5)
tr, va = next(gss.split(X, y, groups=meta.loc[X.index, "subject_id"]))

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=2, n_jobs=-1, random_state=5)
rf.fit(X.iloc[tr], y.loc[X.index].iloc[tr])
pred = rf.predict(X.iloc[va])
y_va = y.loc[X.index].iloc[va]
print("accuracy", round(accuracy_score(y_va, pred), 4))
print("macro F1", round(f1_score(y_va, pred, average="macro"), 4))
print(classification_report(y_va, pred))

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(15))

# submission
test = pd.read_csv("test.csv").sort_values(["window_id", "t"])
test["pos"] = test.groupby("window_id").cumcount()
X_test = extract_features(
    test[["window_id", "pos"] + CHANNELS], column_id="window_id", column_sort="pos",
    default_fc_parameters=EfficientFCParameters(), n_jobs=4,
)
X_test = X_test.reindex(columns=X.columns)
X_test = X_test.replace([np.inf, -np.inf], np.nan).fillna(X.median())
rf.fit(X, y.loc[X.index])
pd.DataFrame({"window_id": X_test.index, "prediction": rf.predict(X_test)}).to_csv("predictions.csv", index=False)
