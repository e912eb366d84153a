"""Churn of mobile lines.

lines.csv has one row per phone line; a household/business account can own several lines
(account_id). Label: churned (line cancelled within 90 days of the snapshot).
"""
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit

RANDOM_STATE = 3


def load_lines(path: str) -> pd.DataFrame:
    df = pd.read_csv(path)
    df["plan"] = df["plan"].str.strip().str.lower()
    df["is_prepaid"] = (df["contract_type"] == "prepaid").astype(int)
    return df


def add_account_features(df: pd.DataFrame) -> pd.DataFrame:
    g = df.groupby("account_id")
    df["account_n_lines"] = g["line_id"].transform("count")
    df["account_total_fee"] = g["monthly_fee"].transform("sum")
    df["account_support_calls"] = g["calls_to_support"].transform("sum")
    df["fee_share_in_account"] = df["monthly_fee"] / df["account_total_fee"]
    return df


def main():
    df = load_lines("lines.csv")
    print(df.shape, "lines,", df["account_id"].nunique(), "accounts")
    print("churn rate:", round(df["churned"].mean(), 3))

    df = add_account_features(df)
    df = pd.get_dummies(df, columns=["plan", "region"], dtype=int)

    drop = ["line_id", "account_id", "contract_type", "churned"]
    features = [c for c in df.columns if c not in drop]
    X, y = df[features], df["churned"]

    # whole accounts go to one side, lines of one account share a lot
    gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=RANDOM_STATE)
    tr_idx, te_idx = next(gss.split(X, y, groups=df["account_id"]))
    X_train, X_test = X.iloc[tr_idx], X.iloc[te_idx]
    y_train, y_test = y.iloc[tr_idx], y.iloc[te_idx]
    print("train lines:", len(X_train), "test lines:", len(X_test))

    prior = DummyClassifier(strategy="prior").fit(X_train, y_train)
    p0 = prior.predict_proba(X_test)[:, 1]
    print(f"prior baseline  AUC={roc_auc_score(y_test, p0):.3f}  AP={average_precision_score(y_test, p0):.3f}")

    rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=5, class_weight="balanced",
                                n_jobs=-1, random_state=RANDOM_STATE)
    rf.fit(X_train, y_train)
    p = rf.predict_proba(X_test)[:, 1]
    print(f"random forest   AUC={roc_auc_score(y_test, p):.3f}  AP={average_precision_score(y_test, p):.3f}")

    top = pd.Series(rf.feature_importances_, index=features).nlargest(10)
    print(top.round(3).to_string())


if __name__ == "__main__":
    main()
