"""German Credit risk classification.

Quick script for the credit scoring exercise: impute the missing account info,
one-hot encode the categoricals and fit a logistic regression.
"""
import pandas as pd
import numpy as np
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, f1_score, confusion_matrix

DATA = "german_credit_data.csv"
CAT_COLS = ["Sex", "Housing", "Saving accounts", "Checking account", "Purpose"]
NUM_COLS = ["Age", "Job", "Credit amount", "Duration"]


def load():
    df = pd.read_csv(DATA, index_col=0)
    df["Risk"] = (df["Risk"] == "bad").astype(int)
    return df


def build_features(df):
    # 'Saving accounts' and 'Checking account' have many NaN -> most frequent
    imp = SimpleImputer(strategy="most_frequent")
    cats = pd.DataFrame(imp.fit_transform(df[CAT_COLS]), columns=CAT_COLS, index=df.index)

    ohe = OneHotEncoder(handle_unknown="ignore", sparse_output=False)
    cat_arr = ohe.fit_transform(cats)
    cat_df = pd.DataFrame(cat_arr, columns=ohe.get_feature_names_out(CAT_COLS), index=df.index)

    num = df[NUM_COLS].copy()
    num["Credit amount"] = np.log1p(num["Credit amount"])
    num["amount_per_month"] = df["Credit amount"] / df["Duration"]
    return pd.concat([num, cat_df], axis=1)


def main():
    df = load()
    print(df.shape)
    print(df.isna().mean().round(3))
    print(df["Risk"].value_counts())

    X = build_features(df)
    y = df["Risk"]

    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=1, stratify=y)

    sc = StandardScaler().fit(X_tr)
    clf = LogisticRegression(max_iter=1000, class_weight="balanced")
    clf.fit(sc.transform(X_tr), y_tr)

    proba = clf.predict_proba(sc.transform(X_te))[:, 1]
    pred = (proba >= 0.5).astype(int)
    print("AUC: %.3f" % roc_auc_score(y_te, proba))
    print("F1 : %.3f" % f1_score(y_te, pred))
    print(confusion_matrix(y_te, pred))

    coef = pd.Series(clf.coef_[0], index=X.columns).sort_values(key=abs, ascending=False)
    print(coef.head(10))


if __name__ == "__main__":
    main()
