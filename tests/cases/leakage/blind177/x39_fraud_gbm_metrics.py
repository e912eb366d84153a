"""Fraud classifier with histogram gradient boosting.

Evaluation: 5-fold CV on the training split, then a single check on a held-out 20%.
"""
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import accuracy_score, average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split

ID = "transaction_id"
TARGET = "is_fraud"
LEAKY = ["chargeback_flag"]


def make_X(df, columns=None):
    X = df.drop(columns=[c for c in [ID, TARGET] + LEAKY if c in df.columns])
    X = pd.get_dummies(X, columns=["merchant_category"], dtype=int)
    X["foreign_and_remote"] = X["country_mismatch"] * (X["card_present"] == 0)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0)
    return X


def summarize_input(df):
    """Print shape, missing values and fraud rate per merchant category."""
    print(f"{len(df)} rows, {df.shape[1]} columns")
    missing = df.isna().sum()
    print("missing:", missing[missing > 0].to_dict())
    if TARGET in df.columns:
        print(df.groupby("merchant_category")[TARGET].agg(["mean", "size"]).round(4).to_string())


def make_model():
    return HistGradientBoostingClassifier(learning_rate=0.06, max_iter=300, max_leaf_nodes=31,
                                          l2_regularization=0.5, class_weight="balanced",
                                          random_state=0)


def main():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    summarize_input(train)
    X = make_X(train)
    y = train[TARGET]
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

    skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    cv_acc = cross_val_score(make_model(), X_tr, y_tr, cv=skf, scoring="accuracy")
    print(f"CV accuracy: {cv_acc.mean():.4f} +/- {cv_acc.std():.4f}")
    cv_auc = cross_val_score(make_model(), X_tr, y_tr, cv=skf, scoring="roc_auc")
    cv_ap = cross_val_score(make_model(), X_tr, y_tr, cv=skf, scoring="average_precision")
    print(f"CV ROC AUC:  {cv_auc.mean():.4f} +/- {cv_auc.std():.4f}")
    print(f"CV PR AUC:   {cv_ap.mean():.4f} +/- {cv_ap.std():.4f}")

    model = make_model().fit(X_tr, y_tr)
    dummy = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)
    print(f"baseline (always legitimate) accuracy: {accuracy_score(y_te, dummy.predict(X_te)):.4f}")
    print(f"model accuracy:                        {accuracy_score(y_te, model.predict(X_te)):.4f}")
    p = model.predict_proba(X_te)[:, 1]
    pb = dummy.predict_proba(X_te)[:, 1]
    print(f"baseline ROC AUC {roc_auc_score(y_te, pb):.4f}  PR AUC {average_precision_score(y_te, pb):.4f}")
    print(f"model    ROC AUC {roc_auc_score(y_te, p):.4f}  PR AUC {average_precision_score(y_te, p):.4f}")

    final = make_model().fit(X, y)
    pred = final.predict_proba(make_X(test, columns=X.columns))[:, 1]
    pd.DataFrame({ID: test[ID], "prediction": pred}).to_csv("predictions.csv", index=False)
    print(f"wrote {len(pred)} predictions")


if __name__ == "__main__":
    main()
