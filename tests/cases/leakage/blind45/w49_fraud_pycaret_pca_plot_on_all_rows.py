"""Fraud - PyCaret pipeline, with a PCA picture of the data for the write-up.

Hold-out: 20% of cards. PyCaret's CV also groups by card.
"""
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.metrics import average_precision_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.preprocessing import StandardScaler
from pycaret.classification import (compare_models, create_model, finalize_model, predict_model, pull,
                                    setup, tune_model)

NUMERIC = ["amount", "hour", "distance_from_home_km", "card_age_days", "prev_declines_24h", "is_foreign"]
IGNORE = ["txn_id", "card_id", "merchant_id", "chargeback_filed", "manual_review_outcome"]


def pca_overview(df, path="pca_overview.png"):
    """2-D view of the numeric space coloured by label - only a figure for the memo."""
    sample = df.sample(n=min(20000, len(df)), random_state=0)
    z = StandardScaler().fit_transform(np.log1p(sample[NUMERIC].clip(lower=0)))
    pca = PCA(n_components=2, random_state=0)
    pcs = pca.fit_transform(z)
    print("explained variance:", pca.explained_variance_ratio_.round(3))
    plt.figure(figsize=(6, 5))
    plt.scatter(pcs[:, 0], pcs[:, 1], c=sample["is_fraud"], s=3, cmap="coolwarm", alpha=0.5)
    plt.xlabel("PC1")
    plt.ylabel("PC2")
    plt.title("transactions, coloured by is_fraud")
    plt.savefig(path, dpi=120, bbox_inches="tight")
    plt.close()


def main():
    df = pd.read_csv("train.csv")
    sub = pd.read_csv("test.csv")
    print(df.shape, "fraud rate", round(df["is_fraud"].mean(), 4))
    pca_overview(df)

    gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=3)
    tr, ho = next(gss.split(df, groups=df["card_id"]))
    train_df, hold_df = df.iloc[tr].reset_index(drop=True), df.iloc[ho].reset_index(drop=True)

    setup(data=train_df, test_data=hold_df, target="is_fraud", ignore_features=IGNORE,
          categorical_features=["merchant_category", "channel", "device_type"],
          normalize=True, fix_imbalance=True,
          fold_strategy="groupkfold", fold_groups=train_df["card_id"].values, fold=5,
          session_id=3, verbose=False)

    create_model("dummy", verbose=False)
    print("baseline (dummy) CV:", pull().loc["Mean", ["AUC", "Recall", "Prec."]].to_dict())

    best = compare_models(include=["lr", "lightgbm", "xgboost", "et"], sort="AUC")
    tuned = tune_model(best, optimize="AUC", n_iter=20)

    ho_pred = predict_model(tuned, raw_score=True)
    print(pull()[["Model", "AUC", "Recall", "Prec.", "F1", "MCC"]])
    print("hold-out PR-AUC:", round(average_precision_score(hold_df["is_fraud"], ho_pred["prediction_score_1"]), 4))

    final = finalize_model(tuned)
    scored = predict_model(final, data=sub, raw_score=True)
    pd.DataFrame({"txn_id": sub["txn_id"], "prediction": scored["prediction_score_1"].values}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
