import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns

from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import (roc_auc_score, average_precision_score, confusion_matrix,
                             precision_recall_fscore_support, RocCurveDisplay)

df = pd.read_csv("train.csv")
df_test = pd.read_csv("test.csv")

# ---------------- EDA ----------------
print(df.shape)
print(df.dtypes)
print(df["is_fraud"].value_counts())

fig, axes = plt.subplots(1, 3, figsize=(15, 4))
sns.boxplot(data=df, x="is_fraud", y="amount", ax=axes[0])
axes[0].set_yscale("log")
sns.histplot(data=df, x="hour", hue="is_fraud", stat="density", common_norm=False, ax=axes[1])
df.groupby("device_type")["is_fraud"].mean().plot.bar(ax=axes[2], title="fraud rate by device")
plt.tight_layout()
plt.savefig("eda.png")

# ---------------- features ----------------
def prepare(frame):
    frame = frame.copy()
    frame["log_amount"] = np.log1p(frame["amount"])
    frame["night"] = frame["hour"].isin([0, 1, 2, 3, 4, 5]).astype(int)
    frame["card_is_new"] = (frame["card_age_days"] <= 14).astype(int)
    frame["velocity_high"] = (frame["tx_count_24h"] >= 6).astype(int)
    frame = pd.get_dummies(frame, columns=["merchant_category", "country", "device_type"], dtype=int)
    return frame

df_prep = prepare(df)
test_prep = prepare(df_test).reindex(columns=df_prep.columns, fill_value=0)

X = df_prep.drop("is_fraud", axis=1)
y = df_prep["is_fraud"]
print("n features:", X.shape[1])

X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.25, random_state=1, stratify=y)

rf = RandomForestClassifier(
    n_estimators=500,
    max_depth=None,
    min_samples_leaf=3,
    max_features="sqrt",
    class_weight="balanced_subsample",
    n_jobs=-1,
    random_state=1,
)
rf.fit(X_train, y_train)
val_proba = rf.predict_proba(X_val)[:, 1]

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
dummy_proba = dummy.predict_proba(X_val)[:, 1]

print("\n=== validation ===")
print(f"dummy     AUC={roc_auc_score(y_val, dummy_proba):.3f}  AP={average_precision_score(y_val, dummy_proba):.3f}")
print(f"rf        AUC={roc_auc_score(y_val, val_proba):.3f}  AP={average_precision_score(y_val, val_proba):.3f}")

for t in [0.2, 0.3, 0.5]:
    pred = (val_proba >= t).astype(int)
    p, r, f, _ = precision_recall_fscore_support(y_val, pred, average="binary", zero_division=0)
    print(f"thr={t}: precision={p:.3f} recall={r:.3f} f1={f:.3f}")
    print(confusion_matrix(y_val, pred))

RocCurveDisplay.from_predictions(y_val, val_proba, name="random forest")
plt.savefig("roc.png")

importances = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(importances.head(12))
importances.head(20).plot.barh(figsize=(6, 6))
plt.gca().invert_yaxis()
plt.savefig("importances.png")

# ---------------- submission ----------------
rf.fit(X, y)
X_sub = test_prep.drop("is_fraud", axis=1)
pd.DataFrame({"transaction_id": df_test["transaction_id"],
              "prediction": rf.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
