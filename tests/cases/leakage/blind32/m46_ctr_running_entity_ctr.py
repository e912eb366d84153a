"""CTR prediction with running (past-only) entity click rates.

For every training impression, each id (advertiser, campaign, site, app) is
described by the clicks and impressions it had *before* that impression
(cumulative sums excluding the current row, in time order), smoothed towards
the CTR of the training window. Rows after the cutoff get the totals frozen
at the cutoff, as they would in production. Chronological split, last two
days held out.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score

TARGET = "clicked"
TIME = "event_time"
ENTITIES = ["advertiser_id", "campaign_id", "site_id", "app_id"]
CATEGORICAL = ["device_type", "os", "banner_pos", "country", "connection_type", "creative_size"]
PRIOR_WEIGHT = 50
HGB = dict(learning_rate=0.08, max_iter=300, max_leaf_nodes=63, min_samples_leaf=200,
           categorical_features="from_dtype", random_state=0)


def running_entity_features(frame, key, prior_ctr):
    """Past-only clicks / impressions for `key`; frame must be sorted by time."""
    g = frame.groupby(key, sort=False)[TARGET]
    past_clicks = g.cumsum() - frame[TARGET]          # clicks strictly before this row
    past_n = g.cumcount()                             # impressions strictly before this row
    ctr = (past_clicks + PRIOR_WEIGHT * prior_ctr) / (past_n + PRIOR_WEIGHT)
    return ctr, np.log1p(past_n)


def calendar_and_categories(frame, categories=None):
    frame["hour"] = frame[TIME].dt.hour
    frame["dow"] = frame[TIME].dt.dayofweek
    for c in CATEGORICAL:
        frame[c] = pd.Categorical(frame[c], categories=None if categories is None else categories[c])
    return frame


def build_history(frame, prior_ctr):
    """Running features for labelled rows (sorted by time)."""
    frame = frame.sort_values(TIME, kind="stable").copy()
    for key in ENTITIES:
        frame[f"{key}_ctr_past"], frame[f"{key}_n_past"] = running_entity_features(frame, key, prior_ctr)
    return calendar_and_categories(frame)


def apply_frozen(frame, history, prior_ctr, categories):
    """Rows after the history window: entity totals as of the end of `history`."""
    frame = frame.copy()
    for key in ENTITIES:
        clicks = frame[key].map(history.groupby(key)[TARGET].sum()).fillna(0)
        n = frame[key].map(history.groupby(key).size()).fillna(0)
        frame[f"{key}_ctr_past"] = (clicks + PRIOR_WEIGHT * prior_ctr) / (n + PRIOR_WEIGHT)
        frame[f"{key}_n_past"] = np.log1p(n)
    return calendar_and_categories(frame, categories)


def main():
    raw = pd.read_csv("train.csv", parse_dates=[TIME]).sort_values(TIME, kind="stable").reset_index(drop=True)
    cut = raw[TIME].max().normalize() - pd.Timedelta(days=1)
    hist_raw, future_raw = raw[raw[TIME] < cut], raw[raw[TIME] >= cut]
    prior_ctr = hist_raw[TARGET].mean()

    train = build_history(hist_raw, prior_ctr)
    cats = {c: train[c].cat.categories for c in CATEGORICAL}
    test = apply_frozen(future_raw, hist_raw, prior_ctr, cats)
    feats = ([f"{k}_ctr_past" for k in ENTITIES] + [f"{k}_n_past" for k in ENTITIES]
             + CATEGORICAL + ["bid_floor", "page_depth", "hour", "dow"])
    X_tr, y_tr, X_te, y_te = train[feats], train[TARGET], test[feats], test[TARGET]
    print(f"train {len(train):,}  test {len(test):,}  train CTR {y_tr.mean():.4f}")

    model = HistGradientBoostingClassifier(**HGB).fit(X_tr, y_tr)
    baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    for name, est in [("baseline_prior", baseline), ("hgb_running_ctr", model)]:
        p = est.predict_proba(X_te)[:, 1]
        print(f"{name:16s} logloss {log_loss(y_te, p):.5f}  AUC {roc_auc_score(y_te, p):.4f}  "
              f"PR AUC {average_precision_score(y_te, p):.4f}")

    # submission: history = all labelled impressions, unlabelled rows get the frozen totals
    full_prior = raw[TARGET].mean()
    full = build_history(raw, full_prior)
    final = HistGradientBoostingClassifier(**HGB).fit(full[feats], full[TARGET])
    sub = apply_frozen(pd.read_csv("test.csv", parse_dates=[TIME]), raw, full_prior,
                       {c: full[c].cat.categories for c in CATEGORICAL})
    pd.DataFrame({"impression_id": sub["impression_id"], "prediction": final.predict_proba(sub[feats])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
