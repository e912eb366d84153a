import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score
from fairlearn.metrics import MetricFrame

TARGET = "default"
ID = "application_id"
POST_OUTCOME = ["collections_flag", "days_past_due_max"]


def load(path):
    df = pd.read_csv(path)
    df = pd.get_dummies(df, columns=["gender", "age_group", "employer_sector", "home_ownership", "purpose"], dtype=int)
    return df


def main():
    train = load("train.csv")
    test = load("test.csv")
    test = test.reindex(columns=[c for c in train.columns if c != TARGET], fill_value=0)

    features = [c for c in train.columns if c not in [TARGET, ID] + POST_OUTCOME]
    X = train[features].fillna(-1)
    y = train[TARGET]

    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=1)

    dummy = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)
    rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=5, n_jobs=-1, random_state=1)
    rf.fit(X_tr, y_tr)

    acc_dummy = accuracy_score(y_te, dummy.predict(X_te))
    acc_rf = accuracy_score(y_te, rf.predict(X_te))
    print(f"accuracy – majority class : {acc_dummy:.4f}")
    print(f"accuracy – random forest  : {acc_rf:.4f}")

    # accuracy by gender to check the model is not much worse for one group
    gender = train.loc[X_te.index, [c for c in train.columns if c.startswith("gender_")]].idxmax(axis=1)
    mf = MetricFrame(metrics=accuracy_score, y_true=y_te, y_pred=rf.predict(X_te), sensitive_features=gender)
    print(mf.by_group)
    print("largest accuracy gap between groups:", round(mf.difference(), 4))

    importances = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
    print(importances.head(15))

    rf.fit(X, y)
    out = pd.DataFrame({ID: test[ID], "prediction": rf.predict_proba(test[features].fillna(-1))[:, 1]})
    out.to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
