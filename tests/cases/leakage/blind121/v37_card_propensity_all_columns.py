"""Premium card propensity – marketing analytics.

Scores retail customers on the likelihood of taking the premium card when offered.
Source: campaign response table joined to the customer 360 view.
"""
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.model_selection import train_test_split

CONF = {
    "source": "mkt/premium_card_offer_responses.parquet",
    "label": "took_premium_card",
    "id_cols": ["cust_ref", "campaign_wave", "offer_code"],
    "seed": 2023,
}


def load(conf):
    df = pd.read_parquet(conf["source"])
    df = df[df["offer_delivered"] == 1].drop(columns=["offer_delivered"])
    print("delivered offers:", len(df), "| take-up:", round(df[conf["label"]].mean(), 4))
    return df


def encode(df):
    cats = df.select_dtypes(include=["object", "category"]).columns.tolist()
    return pd.get_dummies(df, columns=cats, dummy_na=True)


def main():
    conf = CONF
    raw = load(conf)
    feature_cols = [c for c in raw.columns if c not in conf["id_cols"]]
    X = encode(raw[feature_cols]).fillna(0)
    y = raw[conf["label"]]
    print("feature matrix:", X.shape)

    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, stratify=y,
                                              random_state=conf["seed"])
    rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=10,
                                class_weight="balanced_subsample", n_jobs=-1,
                                random_state=conf["seed"])
    rf.fit(X_tr, y_tr)
    p = rf.predict_proba(X_te)[:, 1]

    print("AUC:", round(roc_auc_score(y_te, p), 4))
    print("AP: ", round(average_precision_score(y_te, p), 4))

    ranked = pd.DataFrame({"y": y_te.values, "p": p}).sort_values("p", ascending=False)
    top = ranked.head(int(0.1 * len(ranked)))
    print("take-up in top 10%:", round(top["y"].mean(), 4))

    imp = pd.Series(rf.feature_importances_, index=X.columns).nlargest(20)
    print(imp)


if __name__ == "__main__":
    main()
