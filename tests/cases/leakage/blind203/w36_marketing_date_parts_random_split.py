"""Customer Personality Analysis - who responds to the last campaign?

marketing_campaign.csv (tab separated). Target: Response (0/1).
"""
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

REF_DATE = pd.Timestamp("2015-01-01")   # fixed reference, after the last enrolment


def load():
    df = pd.read_csv("marketing_campaign.csv", sep="\t")
    df = df.drop(columns=["ID", "Z_CostContact", "Z_Revenue"])
    df["Dt_Customer"] = pd.to_datetime(df["Dt_Customer"], format="%d-%m-%Y")
    df["days_customer"] = (REF_DATE - df["Dt_Customer"]).dt.days
    df["enrol_month"] = df["Dt_Customer"].dt.month
    df["enrol_year"] = df["Dt_Customer"].dt.year
    df["age"] = 2014 - df["Year_Birth"]
    df["kids"] = df["Kidhome"] + df["Teenhome"]
    mnt = [c for c in df.columns if c.startswith("Mnt")]
    df["total_spend"] = df[mnt].sum(axis=1)
    return df.drop(columns=["Dt_Customer", "Year_Birth"])


def main():
    df = load()
    # quick EDA: response rate by education / marital status
    print(df.groupby("Education")["Response"].mean().round(3))
    print(df.groupby("Marital_Status")["Response"].agg(["mean", "size"]))

    y = df.pop("Response")
    cat = ["Education", "Marital_Status"]
    num = [c for c in df.columns if c not in cat]
    pre = ColumnTransformer([
        ("num", SimpleImputer(strategy="median"), num),
        ("cat", OneHotEncoder(handle_unknown="ignore"), cat),
    ])
    model = Pipeline([("pre", pre),
                      ("gb", GradientBoostingClassifier(n_estimators=300, max_depth=3, random_state=0))])

    X_tr, X_te, y_tr, y_te = train_test_split(df, y, test_size=0.25, stratify=y, random_state=0)
    model.fit(X_tr, y_tr)
    base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

    p = model.predict_proba(X_te)[:, 1]
    print("baseline AP", round(average_precision_score(y_te, base.predict_proba(X_te)[:, 1]), 3))
    print("GB AUC", round(roc_auc_score(y_te, p), 3), "AP", round(average_precision_score(y_te, p), 3))


if __name__ == "__main__":
    main()
