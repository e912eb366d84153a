import numpy as np
import pandas as pd
import tensorflow_decision_forests as tfdf
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import average_precision_score, roc_auc_score, precision_recall_curve

LABEL = "is_fraud"
EXCLUDE = ["transaction_id", "card_id", "chargeback_filed", "manual_review_status"]

df = pd.read_csv("train.csv")
df["amount_vs_avg"] = df["amount"] / (df["avg_amount_30d"] + 1.0)

splitter = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=2024)
train_idx, test_idx = next(splitter.split(df, groups=df["card_id"]))
train_df, test_df = df.iloc[train_idx], df.iloc[test_idx]
print(f"train: {len(train_df)} tx / {train_df.card_id.nunique()} cards, fraud {train_df[LABEL].mean():.4f}")
print(f"test : {len(test_df)} tx / {test_df.card_id.nunique()} cards, fraud {test_df[LABEL].mean():.4f}")

train_ds = tfdf.keras.pd_dataframe_to_tf_dataset(train_df.drop(columns=EXCLUDE), label=LABEL)
test_ds = tfdf.keras.pd_dataframe_to_tf_dataset(test_df.drop(columns=EXCLUDE), label=LABEL)

models = {
    "gbt": tfdf.keras.GradientBoostedTreesModel(num_trees=500, shrinkage=0.05, max_depth=6, verbose=0),
}
# the internal GBT validation set (early stopping) is carved out of train_ds by TF-DF itself
for m in models.values():
    m.fit(train_ds)

y_test = test_df[LABEL].to_numpy()
rows = []
for name, m in models.items():
    s = m.predict(test_ds, verbose=0).ravel()
    rows.append((name, average_precision_score(y_test, s), roc_auc_score(y_test, s)))
rows.append(("baseline (constant prior)", y_test.mean(), 0.5))
report = pd.DataFrame(rows, columns=["model", "pr_auc", "roc_auc"])
print(report.to_string(index=False))

gbt_scores = models["gbt"].predict(test_ds, verbose=0).ravel()
prec, rec, thr = precision_recall_curve(y_test, gbt_scores)
for target_recall in (0.5, 0.7, 0.9):
    i = np.where(rec >= target_recall)[0][-1]
    print(f"GBT precision at recall>={target_recall:.1f}: {prec[i]:.3f}")

sub = pd.read_csv("test.csv")
sub["amount_vs_avg"] = sub["amount"] / (sub["avg_amount_30d"] + 1.0)
sub_ds = tfdf.keras.pd_dataframe_to_tf_dataset(sub.drop(columns=EXCLUDE, errors="ignore"))
pd.DataFrame({"transaction_id": sub["transaction_id"],
              "prediction": models["gbt"].predict(sub_ds, verbose=0).ravel()}).to_csv("predictions.csv", index=False)
