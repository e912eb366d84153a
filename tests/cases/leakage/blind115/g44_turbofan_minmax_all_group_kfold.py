"""C-MAPSS FD001: classify whether an engine fails within the next 30 cycles.

Logistic regression on min-max scaled sensors, 5-fold cross-validation grouped by engine.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.preprocessing import MinMaxScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GroupKFold, cross_validate

df = pd.read_csv("train.csv")
print(df.shape)
print("engines:", df["unit_number"].nunique())
print(df["label_30"].value_counts(normalize=True))

flat = ["setting_3", "s_1", "s_5", "s_6", "s_10", "s_16", "s_18", "s_19"]
sensor_cols = [c for c in df.columns if c.startswith("s_") and c not in flat]
feature_cols = ["setting_1", "setting_2"] + sensor_cols

for unit in [1, 20, 40]:
    d = df[df["unit_number"] == unit]
    plt.plot(d["time_in_cycles"], d["s_11"], label=f"unit {unit}")
plt.legend()
plt.title("s_11 over the life of three engines")
plt.savefig("s11_units.png")

scaler = MinMaxScaler()
df[feature_cols] = scaler.fit_transform(df[feature_cols])

# exponentially weighted smoothing inside each engine
for c in sensor_cols:
    df[c + "_ewm"] = df.groupby("unit_number")[c].transform(lambda x: x.ewm(alpha=0.3).mean())
feature_cols = feature_cols + [c + "_ewm" for c in sensor_cols]

X = df[feature_cols]
y = df["label_30"]
groups = df["unit_number"]

gkf = GroupKFold(n_splits=5)
scoring = ["roc_auc", "f1", "average_precision"]

baseline = cross_validate(DummyClassifier(strategy="prior"), X, y, groups=groups, cv=gkf,
                          scoring=["roc_auc", "average_precision"])
print("prior baseline: AUC %.3f  AP %.3f" % (baseline["test_roc_auc"].mean(),
                                            baseline["test_average_precision"].mean()))

logreg = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)
res = cross_validate(logreg, X, y, groups=groups, cv=gkf, scoring=scoring)
for m in scoring:
    print(f"{m:<18} {res['test_' + m].mean():.3f} +/- {res['test_' + m].std():.3f}")

logreg.fit(X, y)
coef = pd.Series(logreg.coef_[0], index=feature_cols).sort_values()
print(coef.head(8))
print(coef.tail(8))

test = pd.read_csv("test.csv")
base_cols = ["setting_1", "setting_2"] + sensor_cols
test[base_cols] = scaler.transform(test[base_cols])
for c in sensor_cols:
    test[c + "_ewm"] = test.groupby("unit_number")[c].transform(lambda x: x.ewm(alpha=0.3).mean())
pd.DataFrame({"prediction": logreg.predict_proba(test[feature_cols])[:, 1]}).to_csv("predictions.csv", index=False)
