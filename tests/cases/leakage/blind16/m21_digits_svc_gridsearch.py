from sklearn import datasets, svm, preprocessing, model_selection, metrics
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

digits = datasets.load_digits()
print(digits.data.shape)

fig, axes = plt.subplots(2, 8, figsize=(12, 3))
for ax, img, lab in zip(axes.ravel(), digits.images, digits.target):
    ax.imshow(img, cmap='gray_r')
    ax.set_title(lab)
    ax.axis('off')
plt.show()

X = preprocessing.StandardScaler().fit_transform(digits.data)
y = digits.target

params = {
    'C': [0.1, 1, 10, 100],
    'gamma': ['scale', 0.001, 0.01, 0.1],
    'kernel': ['rbf'],
}
gs = model_selection.GridSearchCV(svm.SVC(), params, cv=5, n_jobs=-1, return_train_score=True)
gs.fit(X, y)

print('best params:', gs.best_params_)
print('best 5-fold CV accuracy: %.4f' % gs.best_score_)

res = pd.DataFrame(gs.cv_results_)
pivot = res.pivot_table(index='param_C', columns='param_gamma', values='mean_test_score')
print(pivot.round(4))

plt.imshow(pivot.values, cmap='viridis')
plt.colorbar()
plt.xticks(range(pivot.shape[1]), pivot.columns)
plt.yticks(range(pivot.shape[0]), pivot.index)
plt.xlabel('gamma')
plt.ylabel('C')
plt.title('CV accuracy')
plt.show()

# per-class report from cross-validated predictions
pred = model_selection.cross_val_predict(svm.SVC(**gs.best_params_), X, y, cv=5)
print(metrics.classification_report(y, pred))
