"""Employee attrition - who is going to quit?

Final project for the ML Foundations course.
Dataset: IBM HR Analytics Employee Attrition & Performance (1,470 employees).
"""
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split, StratifiedKFold, cross_val_score
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, recall_score, classification_report


def load():
    df = pd.read_csv("data/hr_attrition.csv")
    df = df.drop(columns=["EmployeeCount", "Over18", "StandardHours", "EmployeeNumber"])
    return df


def explore(df):
    print(df.shape)
    print(df["Attrition"].value_counts(normalize=True).round(3))
    cat = ["BusinessTravel", "Department", "OverTime", "MaritalStatus"]
    fig, axes = plt.subplots(1, len(cat), figsize=(18, 4))
    for ax, c in zip(axes, cat):
        (pd.crosstab(df[c], df["Attrition"], normalize="index")["Yes"]
           .sort_values().plot(kind="bar", ax=ax, title=c))
    plt.tight_layout()
    plt.savefig("figures/attrition_by_category.png")


def build_features(df):
    df = df.drop(columns=["Attrition"])
    df["IncomePerLevel"] = df["MonthlyIncome"] / df["JobLevel"]
    df["YearsPerCompany"] = df["TotalWorkingYears"] / (df["NumCompaniesWorked"] + 1)
    df["PromotionGap"] = df["YearsSinceLastPromotion"] / (df["YearsAtCompany"] + 1)
    return pd.get_dummies(df, drop_first=True, dtype=int)


def compare(models, X_train, y_train):
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=8)
    out = {}
    for name, m in models.items():
        pipe = make_pipeline(StandardScaler(), m)
        out[name] = cross_val_score(pipe, X_train, y_train, cv=cv, scoring="roc_auc").mean()
    return pd.Series(out).sort_values(ascending=False)


def main():
    df = load()
    explore(df)

    y = (df["Attrition"] == "Yes").astype(int)
    X = build_features(df)
    print("feature matrix:", X.shape)

    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=8)

    models = {
        "Baseline (prior)": DummyClassifier(strategy="prior"),
        "Logistic Regression": LogisticRegression(max_iter=3000, class_weight="balanced"),
        "Random Forest": RandomForestClassifier(n_estimators=400, class_weight="balanced", random_state=8),
        "Gradient Boosting": GradientBoostingClassifier(random_state=8),
    }
    ranking = compare(models, X_train, y_train)
    print(ranking.round(3))

    best = ranking.index[0]
    final = make_pipeline(StandardScaler(), models[best]).fit(X_train, y_train)
    proba = final.predict_proba(X_test)[:, 1]
    pred = final.predict(X_test)
    print(f"\n{best} - test ROC AUC {roc_auc_score(y_test, proba):.3f}, F1 {f1_score(y_test, pred):.3f}, "
          f"recall {recall_score(y_test, pred):.3f}")
    print(classification_report(y_test, pred))

    if best == "Logistic Regression":
        coefs = pd.Series(final[-1].coef_[0], index=X.columns).sort_values()
        coefs.tail(10).plot(kind="barh", title="Top positive coefficients")
        plt.savefig("figures/coefficients.png")


if __name__ == "__main__":
    main()
