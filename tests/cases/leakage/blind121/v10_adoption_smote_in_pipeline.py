"""Feature adoption predictor: will a workspace turn on 'Automations' within 30 days?

Product analytics, owner: growth squad. Oversampling is part of the
imblearn pipeline so it only ever sees training folds.
"""
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline as ImbPipeline
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, roc_auc_score, average_precision_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split

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

    X_train, X_test, y_train, y_test = train_test_split(
        feats, y, test_size=0.2, random_state=PARAMS["seed"], stratify=y
    )

    model = ImbPipeline([
        ("smote", SMOTE(random_state=PARAMS["seed"], k_neighbors=5)),
        ("rf", RandomForestClassifier(random_state=PARAMS["seed"], **PARAMS["rf"])),
    ])
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=PARAMS["seed"])
    cv_auc = cross_val_score(model, X_train, y_train, cv=cv, scoring="roc_auc")
    print("CV AUC on train: %.4f +/- %.4f" % (cv_auc.mean(), cv_auc.std()))

    model.fit(X_train, y_train)
    dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)

    proba = model.predict_proba(X_test)[:, 1]
    print("dummy AUC:", round(roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]), 4))
    print("RF AUC:   ", round(roc_auc_score(y_test, proba), 4))
    print("RF AP:    ", round(average_precision_score(y_test, proba), 4))
    print(classification_report(y_test, model.predict(X_test), digits=3))

    imp = pd.Series(model.named_steps["rf"].feature_importances_, index=feats.columns)
    print(imp.sort_values(ascending=False).head(15))


if __name__ == "__main__":
    main()
