"""Feature adoption predictor: will a workspace turn on 'Automations' within 30 days?

Product analytics, owner: growth squad. Input is the weekly workspace snapshot.
"""
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, roc_auc_score, average_precision_score
from sklearn.model_selection import train_test_split

PARAMS = {
    "input": "warehouse/product/workspace_snapshot_automations.parquet",
    "label": "adopted_automations_30d",
    "drop": ["workspace_ref", "snapshot_label"],
    "rf": {"n_estimators": 400, "max_depth": 12, "min_samples_leaf": 3, "n_jobs": -1},
    "seed": 3,
}


class FeatureBuilder:
    """Small helper shared with the dashboard job."""

    def __init__(self, drop_cols):
        self.drop_cols = drop_cols

    def transform(self, df):
        out = df.drop(columns=self.drop_cols, errors="ignore").copy()
        out["members_per_seat"] = out["active_members"] / out["seats"].clip(lower=1)
        out["has_integrations"] = (out["n_integrations"] > 0).astype(int)
        out = pd.get_dummies(out, columns=["plan_tier", "company_size_bucket"], drop_first=True)
        return out.fillna(0)


def main():
    ws = pd.read_parquet(PARAMS["input"])
    print("rows:", len(ws))
    print("adoption rate:", round(ws[PARAMS["label"]].mean(), 4))

    fb = FeatureBuilder(PARAMS["drop"])
    feats = fb.transform(ws.drop(columns=[PARAMS["label"]]))
    y = ws[PARAMS["label"]].astype(int)

    # classes are very uneven, balance them first
    sm = SMOTE(random_state=PARAMS["seed"], k_neighbors=5)
    X_bal, y_bal = sm.fit_resample(feats, y)
    print("after SMOTE:", y_bal.value_counts().to_dict())

    X_train, X_test, y_train, y_test = train_test_split(
        X_bal, y_bal, test_size=0.2, random_state=PARAMS["seed"], stratify=y_bal
    )

    dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
    rf = RandomForestClassifier(random_state=PARAMS["seed"], **PARAMS["rf"]).fit(X_train, y_train)

    proba = rf.predict_proba(X_test)[:, 1]
    print("dummy accuracy:", round(dummy.score(X_test, y_test), 4))
    print("RF AUC:", round(roc_auc_score(y_test, proba), 4))
    print("RF AP: ", round(average_precision_score(y_test, proba), 4))
    print(classification_report(y_test, rf.predict(X_test), digits=3))

    imp = pd.Series(rf.feature_importances_, index=feats.columns).sort_values(ascending=False)
    print(imp.head(15))


if __name__ == "__main__":
    main()
