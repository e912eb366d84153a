"""LightGBM visit model for the Hillstrom e-mail test, with early stopping."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

CAT = ["zip_code", "channel", "segment", "history_segment"]
NUM = ["recency", "history", "mens", "womens", "newbie"]
LEVELS = {
    "zip_code": ["Urban", "Surburban", "Rural"],
    "channel": ["Phone", "Web", "Multichannel"],
    "segment": ["Mens E-Mail", "Womens E-Mail", "No E-Mail"],
    "history_segment": ["1) $0 - $100", "2) $100 - $200", "3) $200 - $350", "4) $350 - $500",
                        "5) $500 - $750", "6) $750 - $1,000", "7) $1,000 +"],
}


def prepare(frame: pd.DataFrame) -> pd.DataFrame:
    X = frame[NUM].copy()
    X["log_history"] = np.log1p(frame["history"])
    X["emailed"] = (frame["segment"] != "No E-Mail").astype(int)
    X["gender_match"] = (((frame["segment"] == "Mens E-Mail") & (frame["mens"] == 1))
                         | ((frame["segment"] == "Womens E-Mail") & (frame["womens"] == 1))).astype(int)
    for c in CAT:
        X[c] = pd.Categorical(frame[c], categories=LEVELS[c])
    return X


def main():
    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    print(df.shape, "visit rate", round(df.visit.mean(), 4))

    X = prepare(df)
    y = df["visit"].values
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=99)

    clf = lgb.LGBMClassifier(
        n_estimators=5000,
        learning_rate=0.02,
        num_leaves=31,
        min_child_samples=100,
        subsample=0.8,
        subsample_freq=1,
        colsample_bytree=0.8,
        reg_lambda=2.0,
        random_state=99,
        verbose=-1,
    )
    clf.fit(
        X_tr, y_tr,
        eval_set=[(X_te, y_te)],
        eval_metric="auc",
        callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)],
    )
    best_iter = clf.best_iteration_
    print("best iteration:", best_iter)

    p = clf.predict_proba(X_te, num_iteration=best_iter)[:, 1]
    print(f"test ROC-AUC : {roc_auc_score(y_te, p):.4f}")
    print(f"test PR-AUC  : {average_precision_score(y_te, p):.4f}")
    print(f"test Brier   : {brier_score_loss(y_te, p):.4f}")

    final = lgb.LGBMClassifier(**{**clf.get_params(), "n_estimators": best_iter})
    final.fit(X, y)
    pred = final.predict_proba(prepare(test))[:, 1]
    pd.DataFrame({"customer_id": test["customer_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
    print("wrote predictions.csv")


if __name__ == "__main__":
    main()
