"""
Credit risk scorecard with Weight of Evidence encoding.
Data: credit_risk_dataset.csv (loan_status = 1 means default)
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

TARGET = "loan_status"
CAT_COLS = ["person_home_ownership", "loan_intent", "loan_grade", "cb_person_default_on_file"]
# fixed, hand-picked bin edges (business rules from the risk team)
BINS = {
    "person_age": [0, 25, 30, 40, 50, 200],
    "person_income": [0, 30000, 50000, 75000, 100000, np.inf],
    "loan_amnt": [0, 5000, 10000, 15000, 25000, np.inf],
    "loan_int_rate": [0, 8, 11, 14, 17, 100],
    "loan_percent_income": [0, 0.1, 0.2, 0.3, 0.4, 10],
}


def add_bins(df):
    out = df.copy()
    for col, edges in BINS.items():
        out[col + "_bin"] = pd.cut(out[col], bins=edges, include_lowest=True).astype(str)
    return out


def woe_table(df, col, target):
    g = df.groupby(col)[target].agg(["sum", "count"])
    g["bad"] = g["sum"] + 0.5
    g["good"] = g["count"] - g["sum"] + 0.5
    g["woe"] = np.log((g["good"] / g["good"].sum()) / (g["bad"] / g["bad"].sum()))
    return g["woe"]


def main():
    df = pd.read_csv("credit_risk_dataset.csv")
    df = df[df["person_age"] < 100]
    df = add_bins(df)
    woe_cols = CAT_COLS + [c + "_bin" for c in BINS]

    # WOE encode every characteristic
    for col in woe_cols:
        mapping = woe_table(df, col, TARGET)
        df[col + "_woe"] = df[col].map(mapping)

    features = [c + "_woe" for c in woe_cols]
    X = df[features]
    y = df[TARGET]
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=1, stratify=y)

    model = LogisticRegression(max_iter=500)
    model.fit(X_train, y_train)
    auc = roc_auc_score(y_test, model.predict_proba(X_test)[:, 1])
    print(f"Test AUC {auc:.3f}  Gini {2 * auc - 1:.3f}")

    # scorecard points: 600 at odds 50:1, 20 points to double the odds
    factor = 20 / np.log(2)
    offset = 600 - factor * np.log(50)
    scores = offset - factor * model.decision_function(X_test)
    print(pd.Series(scores).describe())


if __name__ == "__main__":
    main()
