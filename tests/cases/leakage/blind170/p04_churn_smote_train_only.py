"""Bank churn: gradient boosting, oversampling applied to the training fold only."""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, f1_score, recall_score, roc_auc_score
from sklearn.model_selection import train_test_split

SEED = 2021


def load(path="Churn_Modelling.csv"):
    frame = pd.read_csv(path)
    frame = frame.drop(columns=["RowNumber", "CustomerId", "Surname"])
    frame["BalanceSalaryRatio"] = frame["Balance"] / frame["EstimatedSalary"]
    frame["TenureByAge"] = frame["Tenure"] / frame["Age"]
    frame["ZeroBalance"] = (frame["Balance"] == 0).astype(int)
    frame = pd.get_dummies(frame, columns=["Geography", "Gender"], drop_first=True)
    return frame


def report(name, y_true, proba, threshold=0.5):
    pred = (proba >= threshold).astype(int)
    print(
        f"{name:<12} AUC={roc_auc_score(y_true, proba):.3f} "
        f"AP={average_precision_score(y_true, proba):.3f} "
        f"recall={recall_score(y_true, pred):.3f} F1={f1_score(y_true, pred):.3f}"
    )


def main():
    df = load()
    X = df.drop(columns="Exited")
    y = df["Exited"]

    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=0.25, stratify=y, random_state=SEED
    )

    # oversample only the rows the model learns from
    X_bal, y_bal = SMOTE(random_state=SEED, k_neighbors=5).fit_resample(X_train, y_train)
    print("train class counts after SMOTE:", np.bincount(y_bal))

    gbm = GradientBoostingClassifier(
        n_estimators=300, learning_rate=0.05, max_depth=3, subsample=0.8, random_state=SEED
    )
    gbm.fit(X_bal, y_bal)

    baseline = DummyClassifier(strategy="stratified", random_state=SEED).fit(X_train, y_train)

    report("baseline", y_test, baseline.predict_proba(X_test)[:, 1])
    report("gbm+smote", y_test, gbm.predict_proba(X_test)[:, 1])

    top = pd.Series(gbm.feature_importances_, index=X.columns).nlargest(8)
    print(top.round(3).to_string())


if __name__ == "__main__":
    main()
