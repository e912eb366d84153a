"""Gradient boosted trees (TF-DF) for next-month churn.

Split: snapshots before the last three months train the model, the last three months are the test set.
"""
import numpy as np
import pandas as pd
import tensorflow as tf
import tensorflow_decision_forests as tfdf
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

LABEL = "churned"
NOT_FEATURES = ["row_id", "customer_id", "snapshot_date",
                "cancellation_reason", "retention_call_outcome"]


def load():
    df = pd.read_csv("train.csv", parse_dates=["snapshot_date"])
    sub = pd.read_csv("test.csv", parse_dates=["snapshot_date"])
    for d in (df, sub):
        d["snapshot_month"] = d["snapshot_date"].dt.month
        d["charges_per_tenure"] = d["total_charges"] / (d["tenure_months"] + 1)
    return df, sub


def main():
    df, sub = load()
    last3 = np.sort(df["snapshot_date"].unique())[-3]
    train_df = df[df["snapshot_date"] < last3]
    test_df = df[df["snapshot_date"] >= last3]
    print(f"train {len(train_df)} rows up to {train_df.snapshot_date.max().date()}, "
          f"test {len(test_df)} rows from {test_df.snapshot_date.min().date()}")

    train_ds = tfdf.keras.pd_dataframe_to_tf_dataset(train_df.drop(columns=NOT_FEATURES), label=LABEL)
    test_ds = tfdf.keras.pd_dataframe_to_tf_dataset(test_df.drop(columns=NOT_FEATURES), label=LABEL)

    model = tfdf.keras.GradientBoostedTreesModel(num_trees=400, max_depth=5, shrinkage=0.05,
                                                 min_examples=20, verbose=0)
    model.fit(train_ds)

    y_test = test_df[LABEL].to_numpy()
    p_test = model.predict(test_ds, verbose=0).ravel()
    p_base = np.full_like(p_test, train_df[LABEL].mean())

    print("                 ROC AUC   PR AUC   logloss")
    print("GBT            : %.4f    %.4f   %.4f" % (roc_auc_score(y_test, p_test),
                                                    average_precision_score(y_test, p_test),
                                                    log_loss(y_test, p_test)))
    print("prior baseline : %.4f    %.4f   %.4f" % (roc_auc_score(y_test, p_base),
                                                    average_precision_score(y_test, p_base),
                                                    log_loss(y_test, p_base)))

    # refit on all labelled snapshots for the submission
    full_ds = tfdf.keras.pd_dataframe_to_tf_dataset(df.drop(columns=NOT_FEATURES), label=LABEL)
    final = tfdf.keras.GradientBoostedTreesModel(num_trees=400, max_depth=5, shrinkage=0.05,
                                                 min_examples=20, verbose=0)
    final.fit(full_ds)
    sub_ds = tfdf.keras.pd_dataframe_to_tf_dataset(sub.drop(columns=NOT_FEATURES, errors="ignore"))
    pd.DataFrame({"row_id": sub["row_id"], "prediction": final.predict(sub_ds, verbose=0).ravel()}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
