"""Simple, explainable default model: logistic regression scorecard.

Validation: applications from the last four months are held out, and only
borrowers who never appear before the cut are kept there.
"""
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer

TARGET = "defaulted"
NUMERIC = ["loan_amount", "term_months", "interest_rate", "annual_income", "dti",
           "credit_score", "num_open_accounts", "delinquencies_2y"]
CATEGORICAL = ["home_ownership", "purpose", "employment_length"]


def load():
    tr = pd.read_csv("train.csv", parse_dates=["application_date"])
    te = pd.read_csv("test.csv", parse_dates=["application_date"])
    return tr, te


def split_out_of_time(df, months=4):
    cut = df["application_date"].max() - pd.DateOffset(months=months)
    early = df[df["application_date"] <= cut]
    late = df[df["application_date"] > cut]
    late = late[~late["borrower_id"].isin(set(early["borrower_id"]))]
    return early, late


def build_model():
    pre = make_column_transformer(
        (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUMERIC),
        (make_pipeline(SimpleImputer(strategy="most_frequent"),
                       OneHotEncoder(handle_unknown="ignore")), CATEGORICAL),
    )
    return make_pipeline(pre, LogisticRegression(C=0.5, max_iter=2000))


def main():
    train, test = load()
    early, late = split_out_of_time(train)
    print(f"early={len(early)} late={len(late)}")

    X_early, y_early = early[NUMERIC + CATEGORICAL], early[TARGET]
    X_late, y_late = late[NUMERIC + CATEGORICAL], late[TARGET]

    model = build_model().fit(X_early, y_early)
    majority = DummyClassifier(strategy="most_frequent").fit(X_early, y_early)

    acc_model = accuracy_score(y_late, model.predict(X_late))
    acc_major = accuracy_score(y_late, majority.predict(X_late))
    print(f"majority-class accuracy: {acc_major:.4f}")
    print(f"logistic accuracy:       {acc_model:.4f}")

    coefs = model[-1].coef_[0]
    names = model[0].get_feature_names_out()
    top = pd.Series(coefs, index=names).sort_values()
    print("most protective:\n", top.head(5))
    print("most risky:\n", top.tail(5))

    final = build_model().fit(train[NUMERIC + CATEGORICAL], train[TARGET])
    pd.DataFrame({
        "loan_id": test["loan_id"],
        "prediction": final.predict_proba(test[NUMERIC + CATEGORICAL])[:, 1],
    }).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
