"""Loan default - logistic regression with forward feature selection (mlxtend)."""
import numpy as np
import pandas as pd
from mlxtend.feature_selection import SequentialFeatureSelector as SFS
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.model_selection import StratifiedKFold, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

RANDOM_STATE = 3
DROP = ["loan_id", "default", "recovery_amount", "days_past_due_at_close"]


def build_features(df):
    X = df.drop(columns=DROP, errors="ignore").copy()
    X["log_income"] = np.log1p(X["annual_income"])
    X["loan_to_income"] = X["loan_amount"] / (X["annual_income"] + 1)
    X["high_util"] = (X["revolving_util"] > 0.8).astype(int)
    return pd.get_dummies(X, columns=["home_ownership", "purpose", "grade"], dtype=float)


def make_model():
    return make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                         LogisticRegression(C=0.5, max_iter=2000, class_weight="balanced"))


def report(name, y_true, proba):
    print(f"{name:<10} ROC AUC={roc_auc_score(y_true, proba):.4f}  "
          f"PR AUC={average_precision_score(y_true, proba):.4f}  "
          f"Brier={brier_score_loss(y_true, proba):.4f}")


def main():
    df = pd.read_csv("train.csv")
    sub = pd.read_csv("test.csv")
    print(df.shape, "positives:", df["default"].mean().round(3))

    X = build_features(df)
    y = df["default"].values
    X_sub = build_features(sub).reindex(columns=X.columns, fill_value=0.0)
    print("candidate features:", X.shape[1])

    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=0.2, stratify=y, random_state=RANDOM_STATE)

    sfs = SFS(make_model(), k_features=(5, 15), forward=True, floating=False,
              scoring="roc_auc", cv=StratifiedKFold(5, shuffle=True, random_state=RANDOM_STATE),
              n_jobs=-1, verbose=1)
    sfs = sfs.fit(X_train, y_train)
    chosen = list(sfs.k_feature_names_)
    print(f"SFS picked {len(chosen)} features (cv AUC {sfs.k_score_:.4f}):", chosen)

    baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)
    report("baseline", y_test, baseline.predict_proba(X_test)[:, 1])

    model = make_model().fit(X_train[chosen], y_train)
    report("logreg", y_test, model.predict_proba(X_test[chosen])[:, 1])

    coefs = pd.Series(model[-1].coef_[0], index=chosen).sort_values()
    print(coefs.round(3).to_string())

    final = make_model().fit(X[chosen], y)
    pd.DataFrame({"loan_id": sub["loan_id"],
                  "prediction": final.predict_proba(X_sub[chosen])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
